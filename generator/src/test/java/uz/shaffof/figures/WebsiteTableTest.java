package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uz.shaffof.figures.Fixture.dec;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebsiteTableTest {

    @Test
    void seedScoreChangeIsComputedAndTheStatedOneKept() {
        Fixture f = new Fixture();
        f.website("khokimiyat-andijan", "UZ-AN", 2015, "72.3", null);
        f.website("khokimiyat-andijan", "UZ-AN", 2016, "80.5", "8.19");
        Figures figures = Figures.compute(f.content());
        WebsiteRow r = figures.websiteTable(2016).orElseThrow().rows().get(0);
        assertEquals(dec("8.2"), r.change().absolute());
        assertEquals(dec("11.3"), r.change().relativePercent());
        assertEquals(dec("8.19"), r.discrepancy().stated());
        assertEquals(dec("11.3"), r.discrepancy().computed());
        assertNull(figures.websiteTable(2015).orElseThrow().rows().get(0).change());
    }

    @Test
    void rankedTablePerYearWithTies() {
        Fixture f = new Fixture();
        for (int r = 0; r < Fixture.REGIONS.size(); r++) {
            String org = "khokimiyat-" + Fixture.REGIONS.get(r).substring(3).toLowerCase(java.util.Locale.ROOT);
            for (int year = 2014; year <= 2016; year++) {
                // Scores 50 + 2 r + year step, with pairs of regions sharing a score.
                f.website(org, Fixture.REGIONS.get(r), year, (50 + 2 * (r / 2) + (year - 2014)) + ".5", null);
            }
        }
        Figures figures = Figures.compute(f.content());
        assertEquals(List.of(2014, 2015, 2016), figures.websiteTables().stream().map(WebsiteTable::year).toList());
        WebsiteTable t = figures.websiteTable(2016).orElseThrow();
        assertEquals(14, t.rows().size());
        assertEquals(dec("100"), t.scale());
        assertEquals(List.of("khokimiyat-to", "khokimiyat-xo"),
                t.rows().subList(0, 2).stream().map(r -> r.score().organisation()).toList());
        assertEquals(new Rank(1, 14, true), t.rows().get(0).rank());
        assertEquals(new Rank(1, 14, true), t.rows().get(1).rank());
        assertEquals(new Rank(3, 14, true), t.rows().get(2).rank());
        t.rows().forEach(r -> assertEquals(dec("1.0"), r.change().absolute()));
    }

    @Test
    void changeIsSinceThePreviousRatingOfTheSameOrganisation() {
        Fixture f = new Fixture();
        f.website("a", "UZ-AN", 2013, "60", null);
        f.website("b", "UZ-BU", 2015, "70", null);
        f.website("a", "UZ-AN", 2016, "66", null);
        Change c = Figures.compute(f.content()).websiteTable(2016).orElseThrow().rows().get(0).change();
        assertEquals(2013, c.fromYear());
        assertFalse(c.consecutive());
        assertEquals(dec("6"), c.absolute());
        assertEquals(dec("10.0"), c.relativePercent());
    }
}
