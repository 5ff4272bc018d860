package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Qualifier;

class RegionProfileTest {
    private static Figures figures;

    @BeforeAll
    static void compute() {
        Fixture f = Fixture.generated(5);
        f.stated("passed-share", "UZ-AN", 2016, "42.2");
        figures = Figures.compute(f.content());
    }

    private static ProfileEntry entry(String region, String indicator) {
        return figures.profile(region).orElseThrow().entry(indicator).orElseThrow();
    }

    @Test
    void everyRegionHasAnEntryForEveryIndicator() {
        assertEquals(Fixture.REGIONS, figures.profiles().stream().map(p -> p.region().code()).toList());
        for (RegionProfile p : figures.profiles()) {
            assertEquals(List.of("tested", "passed", "late-days", "passed-share"),
                    p.entries().stream().map(e -> e.indicator().id()).toList());
        }
    }

    @Test
    void latestValueWithChangeAndRank() {
        ProfileEntry e = entry("UZ-AN", "tested");
        assertEquals(2016, e.latest().year());
        assertEquals(dec("1044"), e.latest().value());
        assertEquals(Qualifier.EXACT, e.latest().qualifier());
        assertEquals(Fixture.CITE, e.latest().citation());
        assertEquals(dec("11"), e.change().absolute());
        assertEquals(dec("1.1"), e.change().relativePercent()); // 11 / 1033 = 1.06%
        assertTrue(e.change().consecutive());
        assertEquals(new Rank(13, 13, false), e.rank()); // lowest count of the 13 regions with data
        assertEquals(new Rank(1, 13, false), entry("UZ-TO", "tested").rank());
        assertEquals(5, e.series().points().size());
    }

    @Test
    void lowerIsBetterRanksSmallestFirstWithTies() {
        // late-days = 10.4 for regions 0, 4, 8, 12 (AN, NG, SA, TO): tied first; 11.4 for BU, NW, SI: tied fifth.
        assertEquals(new Rank(1, 13, true), entry("UZ-AN", "late-days").rank());
        assertEquals(new Rank(1, 13, true), entry("UZ-TO", "late-days").rank());
        assertEquals(new Rank(5, 13, true), entry("UZ-BU", "late-days").rank());
    }

    @Test
    void derivedShareIsComputedAndTheStatedOneKeptBeside() {
        ProfileEntry e = entry("UZ-AN", "passed-share");
        assertEquals(dec("35.2"), e.latest().value()); // 368 / 1044
        assertNotNull(e.discrepancy());
        assertEquals(dec("42.2"), e.discrepancy().stated());
        assertEquals(dec("35.2"), e.discrepancy().computed());
        assertNull(entry("UZ-BU", "passed-share").discrepancy());
    }

    @Test
    void regionWithoutDataSaysNoDataAndIsNotRanked() {
        RegionProfile xo = figures.profile("UZ-XO").orElseThrow();
        assertEquals(0, xo.withData());
        for (ProfileEntry e : xo.entries()) {
            assertFalse(e.hasData());
            assertNull(e.latest());
            assertNull(e.change());
            assertNull(e.rank());
            assertTrue(e.series().isEmpty());
        }
        figures.profiles().stream().filter(p -> !p.region().code().equals("UZ-XO"))
                .forEach(p -> assertEquals(13, p.entry("tested").orElseThrow().rank().outOf()));
    }

    @Test
    void changeAcrossAGapNamesBothYears() {
        ProfileEntry e = entry("UZ-SU", "tested");
        assertEquals(2014, e.change().fromYear());
        assertFalse(e.change().consecutive());
    }

    @Test
    void rankIsAmongRegionsWithDataInTheRegionsLatestYear() {
        Fixture f = new Fixture().indicator("x", uz.shaffof.content.Better.HIGHER)
                .observe("x", "UZ-AN", 2015, "5").observe("x", "UZ-BU", 2015, "7")
                .observe("x", "UZ-BU", 2016, "1");
        Figures fig = Figures.compute(f.content());
        ProfileEntry an = fig.profile("UZ-AN").orElseThrow().entry("x").orElseThrow();
        assertEquals(2015, an.latest().year());
        assertEquals(new Rank(2, 2, false), an.rank());
        assertEquals(new Rank(1, 1, false), fig.profile("UZ-BU").orElseThrow().entry("x").orElseThrow().rank());
    }
}
