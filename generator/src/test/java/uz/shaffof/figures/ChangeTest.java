package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import org.junit.jupiter.api.Test;
import uz.shaffof.content.Better;
import uz.shaffof.content.Qualifier;

class ChangeTest {

    @Test
    void seedWebsiteScoreChange() {
        Change c = Change.of(2015, dec("72.3"), 2016, dec("80.5"), false);
        assertEquals(dec("8.2"), c.absolute());
        assertEquals(dec("11.3"), c.relativePercent());
        assertTrue(c.consecutive());
        assertEquals(Change.Verdict.IMPROVED, c.verdict(Better.HIGHER));
    }

    @Test
    void changeFromZeroHasNoRelativeChange() {
        Change c = Change.of(2015, dec("0"), 2016, dec("12"), false);
        assertEquals(dec("12"), c.absolute());
        assertNull(c.relativePercent());
    }

    @Test
    void nonConsecutiveYearsAreFlagged() {
        Change c = Change.of(2013, dec("10"), 2016, dec("15"), false);
        assertFalse(c.consecutive());
        assertEquals(dec("50.0"), c.relativePercent());
    }

    @Test
    void negativeChangeIsAnImprovementWhenLowerIsBetter() {
        Change c = Change.of(2015, dec("12.5"), 2016, dec("10.0"), false);
        assertEquals(dec("-2.5"), c.absolute());
        assertEquals(dec("-20.0"), c.relativePercent());
        assertEquals(Change.Verdict.IMPROVED, c.verdict(Better.LOWER));
        assertEquals(Change.Verdict.WORSENED, c.verdict(Better.HIGHER));
        assertEquals(Change.Verdict.NEUTRAL, c.verdict(Better.NEITHER));
        assertEquals(Change.Verdict.UNCHANGED, Change.of(2015, dec("1.0"), 2016, dec("1.00"), false)
                .verdict(Better.HIGHER));
    }

    @Test
    void changeOfQualifiedFiguresIsApproximate() {
        Figures figures = Figures.compute(new Fixture().indicator("users", Better.HIGHER)
                .observe("users", "UZ-AN", 2015, "20000", Qualifier.MORE_THAN)
                .observe("users", "UZ-AN", 2016, "25000").content());
        Change c = figures.series("users", "UZ-AN").latestChange().orElseThrow();
        assertTrue(c.approximate());
        assertEquals(dec("5000"), c.absolute());
    }

    @Test
    void latestChangeSkipsYearsWithoutData() {
        Figures figures = Figures.compute(Fixture.generated(5).content());
        Change c = figures.series("tested", "UZ-SU").latestChange().orElseThrow();
        assertEquals(2014, c.fromYear());
        assertEquals(2016, c.toYear());
        assertFalse(c.consecutive());
        // UZ-SU is region index 10: tested = 1000 + 370 + 11 * y.
        assertEquals(dec("1392"), c.from());
        assertEquals(dec("1414"), c.to());
        assertEquals(dec("22"), c.absolute());
        assertEquals(dec("1.6"), c.relativePercent());
    }

    @Test
    void aSingleYearHasNoChange() {
        Figures figures = Figures.compute(new Fixture().indicator("x", Better.HIGHER)
                .observe("x", "UZ-AN", 2016, "5").content());
        assertTrue(figures.series("x", "UZ-AN").latestChange().isEmpty());
    }

    @Test
    void yearsMustGoForward() {
        assertThrows(IllegalArgumentException.class, () -> Change.of(2016, dec("1"), 2016, dec("2"), false));
    }
}
