package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Better;
import uz.shaffof.content.Region;

class IndicatorComparisonTest {

    private static List<String> codes(List<ComparisonRow> rows) {
        return rows.stream().map(r -> r.region().code()).toList();
    }

    @Test
    void allRegionsComparedInTheLatestYearBestFirst() {
        IndicatorComparison c = Figures.compute(Fixture.generated(5).content()).comparison("tested").orElseThrow();
        assertEquals(2016, c.year());
        assertEquals(13, c.ranked().size());
        assertEquals("UZ-TO", c.ranked().get(0).region().code());
        assertEquals("UZ-AN", c.ranked().get(12).region().code());
        for (int i = 1; i < c.ranked().size(); i++) {
            assertTrue(c.ranked().get(i - 1).point().value().compareTo(c.ranked().get(i).point().value()) >= 0);
            assertEquals(i + 1, c.ranked().get(i).rank().position());
        }
        assertEquals(List.of("UZ-XO"), c.noData().stream().map(Region::code).toList());
        assertEquals(List.of(2012, 2013, 2014, 2015, 2016), c.years());
        assertEquals(14, c.trend().size());
        assertTrue(c.trend().get(13).isEmpty(), "UZ-XO keeps an empty series so the chart shows the gap");
    }

    @Test
    void lowerIsBetterListsSmallestFirstAndTiesByCode() {
        IndicatorComparison c = Figures.compute(Fixture.generated(5).content()).comparison("late-days").orElseThrow();
        assertEquals(List.of("UZ-AN", "UZ-NG", "UZ-SA", "UZ-TO"), codes(c.ranked()).subList(0, 4));
        c.ranked().subList(0, 4).forEach(r -> assertEquals(new Rank(1, 13, true), r.rank()));
        assertEquals(dec("10.4"), c.ranked().get(0).point().value());
    }

    @Test
    void latestYearIsTheLatestWithAnyDataAndTheOthersHaveNoData() {
        Fixture f = Fixture.generated(3).observe("tested", "UZ-AN", 2015, "999");
        IndicatorComparison c = Figures.compute(f.content()).comparison("tested").orElseThrow();
        assertEquals(2015, c.year());
        assertEquals(List.of("UZ-AN"), codes(c.ranked()));
        assertEquals(new Rank(1, 1, false), c.ranked().get(0).rank());
        assertEquals(13, c.noData().size());
        assertEquals(dec("999"), c.ranked().get(0).change().to());
    }

    @Test
    void indicatorWithoutAnyDataListsEveryRegionAsNoData() {
        IndicatorComparison c = Figures.compute(new Fixture().indicator("empty", Better.HIGHER).content())
                .comparison("empty").orElseThrow();
        assertFalse(c.hasData());
        assertNull(c.year());
        assertTrue(c.ranked().isEmpty());
        assertEquals(14, c.noData().size());
        assertEquals(List.of(), c.years());
    }

    @Test
    void rowsCarryTheChangeSinceThePreviousYearWithData() {
        IndicatorComparison c = Figures.compute(Fixture.generated(5).content()).comparison("tested").orElseThrow();
        ComparisonRow su = c.ranked().stream().filter(r -> r.region().code().equals("UZ-SU")).findFirst()
                .orElseThrow();
        assertEquals(2014, su.change().fromYear());
        assertFalse(su.change().consecutive());
    }

    @Test
    void profileAndComparisonAgreeOnRanks() {
        Figures figures = Figures.compute(Fixture.generated(4).content());
        for (IndicatorComparison c : figures.comparisons()) {
            for (ComparisonRow r : c.ranked()) {
                ProfileEntry e = figures.profile(r.region().code()).orElseThrow().entry(c.indicator().id())
                        .orElseThrow();
                if (e.latest().year() == c.year()) assertEquals(r.rank(), e.rank(), c.indicator().id());
            }
        }
    }
}
