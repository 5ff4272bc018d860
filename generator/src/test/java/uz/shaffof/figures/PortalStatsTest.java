package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.problem.Severity;

class PortalStatsTest {

    /** Every region for 2014..2016: received = 1000 + 100 r + 50 y, late = 10 + r + y. */
    private static Fixture allRegions() {
        Fixture f = new Fixture();
        for (int r = 0; r < Fixture.REGIONS.size(); r++) {
            for (int y = 0; y < 3; y++) {
                f.portal(Fixture.REGIONS.get(r), 2014 + y, Integer.toString(1000 + 100 * r + 50 * y),
                        Integer.toString(10 + r + y), "4." + r % 10);
            }
        }
        return f;
    }

    @Test
    void shareReviewedLateIsComputed() {
        Fixture f = new Fixture().portal("UZ-AN", 2015, "1200", "30", "4.1").portal("UZ-AN", 2016, "1500", "45", "4.3");
        PortalRow r = Figures.compute(f.content()).portal().row("UZ-AN", 2016).orElseThrow();
        assertEquals(dec("3.0"), r.lateSharePercent());
        assertEquals(dec("4.3"), r.satisfaction());
        assertEquals(dec("5"), r.satisfactionScale());
        assertEquals(dec("300"), r.receivedChange().absolute());
        assertEquals(dec("25.0"), r.receivedChange().relativePercent());
        assertEquals(dec("0.5"), r.lateShareChange().absolute()); // 2.5% -> 3.0%: +0.5 points
        assertEquals(dec("20.0"), r.lateShareChange().relativePercent());
    }

    @Test
    void missingFiguresGiveNoShareNeverZero() {
        Fixture f = new Fixture().portal("UZ-AN", 2016, "1500", null, null).portal("UZ-BU", 2016, null, "4", null)
                .portal("UZ-FA", 2016, "0", "0", null);
        PortalStats p = Figures.compute(f.content()).portal();
        p.forYear(2016).forEach(r -> assertNull(r.lateSharePercent(), r.region()));
        assertNull(p.row("UZ-AN", 2016).orElseThrow().satisfaction());
        assertTrue(p.row("UZ-QA", 2016).isEmpty());
    }

    @Test
    void coversEveryRegionAndYear() {
        PortalStats p = Figures.compute(allRegions().content()).portal();
        assertEquals(42, p.rows().size());
        assertEquals(List.of(2014, 2015, 2016), p.years());
        assertEquals(Fixture.REGIONS, p.forYear(2016).stream().map(PortalRow::region).toList());
        List<PortalRow> xo = p.forRegion("UZ-XO");
        assertEquals(List.of(2014, 2015, 2016), xo.stream().map(PortalRow::year).toList());
        assertNull(xo.get(0).receivedChange(), "the first year has no change");
        // UZ-XO (r = 13) 2016: received 2400, late 25 -> 1.0%; 2015: 2350, 24 -> 1.0%.
        assertEquals(dec("1.0"), xo.get(2).lateSharePercent());
        assertEquals(dec("0.0"), xo.get(2).lateShareChange().absolute());
    }

    @Test
    void changeSkipsYearsWithoutTheFigure() {
        Fixture f = new Fixture().portal("UZ-AN", 2014, "100", "1", null).portal("UZ-AN", 2015, null, null, "4.0")
                .portal("UZ-AN", 2016, "150", "3", null);
        PortalRow r = Figures.compute(f.content()).portal().row("UZ-AN", 2016).orElseThrow();
        assertEquals(2014, r.receivedChange().fromYear());
        assertEquals(dec("50"), r.receivedChange().absolute());
        assertEquals(dec("1.0"), r.lateShareChange().from());
        assertEquals(dec("2.0"), r.lateShareChange().to());
    }

    @Test
    void nationalRowsComeFirst() {
        Fixture f = new Fixture().portal("UZ-AN", 2016, "10", "1", null).portal(null, 2016, "100", "5", null);
        PortalStats p = Figures.compute(f.content()).portal();
        assertNull(p.rows().get(0).region());
        assertEquals(dec("5.0"), p.row(null, 2016).orElseThrow().lateSharePercent());
    }

    @Test
    void moreLateThanReceivedIsWarned() {
        Fixture f = new Fixture().portal("UZ-AN", 2016, "10", "11", null);
        Figures figures = Figures.compute(f.content());
        assertEquals(Severity.WARNING, figures.problems().get(0).severity());
        assertEquals(dec("110.0"), figures.portal().row("UZ-AN", 2016).orElseThrow().lateSharePercent());
    }

    @Test
    void noPortalDataGivesNoRows() {
        assertTrue(Figures.compute(new Fixture().content()).portal().rows().isEmpty());
    }
}
