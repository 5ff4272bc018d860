package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uz.shaffof.figures.Fixture.dec;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Better;

/** Changes and ranks of shares come from the raw figures; only the published figure is rounded. */
class DerivedFromRawTest {

    @Test
    void lateShareChangeIsComputedFromTheRawCountsNotTheRoundedShares() {
        // The Andijan portal figures: 546 / 8372 = 6.5217…% and 390 / 12572 = 3.1021…%. From the raw figures the
        // change is −52.43…%, so −52.4; from the rounded 6.5 and 3.1 it would be −52.3.
        Fixture f = new Fixture().portal("UZ-AN", 2015, "8372", "546", null).portal("UZ-AN", 2016, "12572", "390", null);
        PortalRow r = Figures.compute(f.content()).portal().row("UZ-AN", 2016).orElseThrow();
        assertEquals(dec("3.1"), r.lateSharePercent());
        assertEquals(dec("6.5"), r.lateShareChange().from());
        assertEquals(dec("3.1"), r.lateShareChange().to());
        assertEquals(dec("-52.4"), r.lateShareChange().relativePercent());
        assertEquals(dec("-3.4"), r.lateShareChange().absolute()); // −3.4196… points
    }

    @Test
    void changeOfADerivedShareIsComputedFromTheRawFigures() {
        // 2015: 65 / 1000 = 6.5% exactly; 2016: 1049 / 10000 = 10.49%, published 10.5.
        // Absolute: 3.99 points → 4.0 (from the rounded shares too); relative: 3.99 / 6.5 = 61.38…% → 61.4,
        // where the rounded shares give 4.0 / 6.5 = 61.538…% → 61.5.
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER).derived("s", "n", "d")
                .observe("n", "UZ-AN", 2015, "65").observe("d", "UZ-AN", 2015, "1000")
                .observe("n", "UZ-AN", 2016, "1049").observe("d", "UZ-AN", 2016, "10000");
        Figures figures = Figures.compute(f.content());
        Change c = figures.series("s", "UZ-AN").latestChange().orElseThrow();
        assertEquals(dec("10.5"), c.to());
        assertEquals(dec("4.0"), c.absolute());
        assertEquals(dec("61.4"), c.relativePercent());
    }

    @Test
    void sharesThatRoundAlikeAreRankedByTheirRawValues() {
        // 3766 / 10000 = 37.66% and 3765 / 10000 = 37.65% are both published as 37.7%, but they are not tied.
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER).derived("s", "n", "d")
                .observe("n", "UZ-AN", 2016, "3765").observe("d", "UZ-AN", 2016, "10000")
                .observe("n", "UZ-BU", 2016, "3766").observe("d", "UZ-BU", 2016, "10000");
        IndicatorComparison cmp = Figures.compute(f.content()).comparisons().stream()
                .filter(x -> x.indicator().id().equals("s")).findFirst().orElseThrow();
        assertEquals(List.of("UZ-BU", "UZ-AN"), cmp.ranked().stream().map(row -> row.region().code()).toList());
        assertEquals(List.of(1, 2), cmp.ranked().stream().map(row -> row.rank().position()).toList());
        assertEquals(dec("37.7"), cmp.ranked().get(1).point().value());
    }
}
