package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Content;
import uz.shaffof.content.ProjectStatus;

class FiguresTest {

    private static Content everything() {
        Fixture f = Fixture.generated(6);
        f.stated("passed-share", "UZ-AN", 2016, "42.2");
        f.portal("UZ-AN", 2016, "1500", "45", "4.3").portal("UZ-BU", 2016, "900", "9", "4.0");
        f.website("khokimiyat-andijan", "UZ-AN", 2015, "72.3", null);
        f.website("khokimiyat-andijan", "UZ-AN", 2016, "80.5", "8.19");
        f.projectSet("set", LocalDate.of(2020, 6, 30),
                f.project("p", "A", "UZ-AN", LocalDate.of(2020, 1, 1), ProjectStatus.IN_PROGRESS));
        return f.content();
    }

    @Test
    void computingTwiceGivesEqualFiguresAndIdenticalFiles() {
        Content content = everything();
        Figures a = Figures.compute(content);
        Figures b = Figures.compute(content);
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        for (int i = 0; i < a.datasets().size(); i++) {
            assertEquals(a.datasets().get(i).csv(), b.datasets().get(i).csv());
            assertEquals(a.datasets().get(i).json(), b.datasets().get(i).json());
        }
        assertEquals(a, Figures.compute(everything()), "equal content gives equal figures");
    }

    @Test
    void lookupsFindWhatTheListsHold() {
        Figures f = Figures.compute(everything());
        assertEquals(14, f.profiles().size());
        assertEquals(4, f.comparisons().size());
        assertTrue(f.profile("UZ-QR").isPresent());
        assertTrue(f.profile("UZ-ZZ").isEmpty());
        assertTrue(f.comparison("passed-share").isPresent());
        assertTrue(f.projects("set").isPresent());
        assertTrue(f.websiteTable(2016).isPresent());
        assertTrue(f.dataset("portal").isPresent());
        assertEquals(2, f.problems().size(), f.problems().toString()); // the two seed discrepancies
    }

    @Test
    void resultsAreImmutable() {
        Figures f = Figures.compute(everything());
        assertThrows(UnsupportedOperationException.class, () -> f.profiles().clear());
        assertThrows(UnsupportedOperationException.class, () -> f.problems().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> f.indicator("tested").orElseThrow().byRegion().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> f.datasets().get(0).rows().get(0).set(0, "x"));
    }

    @Test
    void emptyContentGivesEmptyFigures() {
        Figures f = Figures.compute(new Fixture().content());
        assertEquals(14, f.profiles().size());
        f.profiles().forEach(p -> assertEquals(List.of(), p.entries()));
        assertEquals(List.of(), f.problems());
        assertEquals(List.of(), f.datasets());
        assertEquals(List.of(), f.websiteTables());
    }
}
