package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Better;
import uz.shaffof.content.Qualifier;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Severity;

class SeriesTest {

    @Test
    void derivedShareIsComputedWhereBothInputsExist() {
        Fixture f = new Fixture().indicator("tested", Better.HIGHER).indicator("passed", Better.HIGHER)
                .derived("share", "passed", "tested")
                .observe("tested", "UZ-AN", 2016, "2390").observe("passed", "UZ-AN", 2016, "900")
                .observe("tested", "UZ-AN", 2015, "2000") // no numerator in 2015
                .observe("passed", "UZ-BU", 2016, "10");  // no denominator in UZ-BU
        Figures figures = Figures.compute(f.content());

        Series an = figures.series("share", "UZ-AN");
        assertEquals(List.of(2016), an.years());
        Point p = an.at(2016).orElseThrow();
        assertEquals(dec("37.7"), p.value());
        assertEquals(dec("900"), p.numerator());
        assertEquals(dec("2390"), p.denominator());
        assertTrue(p.isDerived());
        assertTrue(figures.series("share", "UZ-BU").isEmpty(), "a missing input gives no value, never 0");
        assertTrue(figures.series("share", "UZ-FA").isEmpty());
        assertTrue(figures.problems().isEmpty(), figures.problems().toString());
    }

    @Test
    void shareOfQualifiedFiguresIsOnlyApproximate() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER).derived("s", "n", "d")
                .observe("n", "UZ-AN", 2016, "700", Qualifier.ABOUT).observe("d", "UZ-AN", 2016, "1000");
        assertEquals(Qualifier.ABOUT, Figures.compute(f.content()).series("s", "UZ-AN").at(2016).orElseThrow()
                .qualifier());
    }

    @Test
    void nationalFiguresFormTheirOwnSeries() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER).derived("s", "n", "d")
                .observe("n", null, 2016, "1").observe("d", null, 2016, "4");
        Figures figures = Figures.compute(f.content());
        assertEquals(dec("25.0"), figures.series("s", null).at(2016).orElseThrow().value());
        assertTrue(figures.indicator("s").orElseThrow().byRegion().isEmpty());
    }

    @Test
    void derivationOfAMissingIndicatorIsAnErrorAtTheIndicator() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).derived("s", "n", "nowhere");
        Figures figures = Figures.compute(f.content());
        assertEquals(List.of(Problem.error(f.posOf("s"),
                "the denominator of derived indicator s is \"nowhere\", which is not an indicator")),
                figures.problems());
        assertTrue(figures.series("s", "UZ-AN").isEmpty());
    }

    @Test
    void derivationOfADerivedIndicatorIsAnError() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER)
                .derived("s", "n", "d").derived("t", "s", "d");
        List<Problem> problems = Figures.compute(f.content()).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("itself derived"), problems.toString());
    }

    @Test
    void zeroDenominatorGivesNoShareAndAWarning() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER).derived("s", "n", "d")
                .observe("n", "UZ-AN", 2016, "0").observe("d", "UZ-AN", 2016, "0");
        Figures figures = Figures.compute(f.content());
        assertTrue(figures.series("s", "UZ-AN").isEmpty());
        assertEquals(Severity.WARNING, figures.problems().get(0).severity());
    }

    @Test
    void shareAbove100IsPublishedButWarned() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER).derived("s", "n", "d")
                .observe("n", "UZ-AN", 2016, "30").observe("d", "UZ-AN", 2016, "20");
        Figures figures = Figures.compute(f.content());
        assertEquals(dec("150.0"), figures.series("s", "UZ-AN").at(2016).orElseThrow().value());
        assertTrue(figures.problems().get(0).message().contains("exceeds the denominator"));
    }

    @Test
    void secondFigureForTheSameRegionAndYearIsAnError() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).observe("n", "UZ-AN", 2016, "1");
        var second = f.observeAt("n", "UZ-AN", 2016, "2", Qualifier.EXACT);
        Figures figures = Figures.compute(f.content());
        assertEquals(second, figures.problems().get(0).pos());
        assertEquals(Severity.ERROR, figures.problems().get(0).severity());
        assertEquals(dec("1"), figures.series("n", "UZ-AN").at(2016).orElseThrow().value());
    }

    @Test
    void seriesLooksUpYearsAndTheYearBefore() {
        Figures figures = Figures.compute(Fixture.generated(5).content());
        Series su = figures.series("tested", "UZ-SU");
        assertEquals(List.of(2012, 2013, 2014, 2016), su.years());
        assertEquals(2014, su.before(2016).orElseThrow().year());
        assertFalse(su.at(2015).isPresent());
        assertTrue(figures.series("tested", "UZ-XO").isEmpty());
        assertTrue(figures.series("no-such-indicator", "UZ-AN").isEmpty());
    }
}
