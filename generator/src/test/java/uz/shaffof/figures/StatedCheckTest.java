package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Better;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Severity;
import uz.shaffof.problem.SourcePos;

/** The sources' own inconsistencies (seed 000) are found, reported where they stand, and kept for the page. */
class StatedCheckTest {

    private static Fixture attestation() {
        return new Fixture().indicator("attestation-tested", Better.HIGHER)
                .indicator("attestation-passed", Better.HIGHER)
                .derived("attestation-passed-share", "attestation-passed", "attestation-tested")
                .observe("attestation-tested", "UZ-AN", 2016, "2390")
                .observe("attestation-passed", "UZ-AN", 2016, "900");
    }

    @Test
    void seed000AttestationShareIsReportedAsANoticeAtTheStatedFigure() {
        Fixture f = attestation();
        SourcePos stated = f.stated("attestation-passed-share", "UZ-AN", 2016, "42.2");
        Figures figures = Figures.compute(f.content());

        assertEquals(List.of(Problem.notice(stated, "stated 42.2% for UZ-AN 2016 disagrees with 37.7% computed from "
                + "900 / 2390 (attestation-passed / attestation-tested)")), figures.problems());
        assertEquals("fixture.json:" + stated.line() + ":1: note: stated 42.2% for UZ-AN 2016 disagrees with "
                + "37.7% computed from 900 / 2390 (attestation-passed / attestation-tested)",
                figures.problems().get(0).toString());

        Discrepancy d = figures.discrepancy("attestation-passed-share", "UZ-AN", 2016).orElseThrow();
        assertEquals(dec("42.2"), d.stated());
        assertEquals(dec("37.7"), d.computed());
        assertEquals(stated, d.pos());
        assertEquals(Fixture.CITE, d.citation());
        // The page shows the computed figure, with the stated one beside it.
        assertEquals(dec("37.7"), figures.series("attestation-passed-share", "UZ-AN").at(2016).orElseThrow().value());
    }

    @Test
    void seed000WebsiteScoreChangeIsReported() {
        Fixture f = new Fixture();
        f.website("khokimiyat-andijan", "UZ-AN", 2015, "72.3", null);
        SourcePos at = f.website("khokimiyat-andijan", "UZ-AN", 2016, "80.5", "8.19");
        Figures figures = Figures.compute(f.content());
        assertEquals(List.of(Problem.notice(at, "stated change +8.19% for khokimiyat-andijan 2016 disagrees with "
                + "+11.3% computed from 72.3 (2015) to 80.5 (2016); the absolute change is +8.2 points")),
                figures.problems());
        Discrepancy d = figures.stated().forWebsite("khokimiyat-andijan", 2016).orElseThrow();
        assertEquals(dec("8.19"), d.stated());
        assertEquals(dec("11.3"), d.computed());
    }

    @Test
    void agreeingStatedFiguresAreNotReported() {
        Fixture f = attestation();
        f.stated("attestation-passed-share", "UZ-AN", 2016, "37.66");
        f.website("org", "UZ-AN", 2015, "72.3", null);
        f.website("org", "UZ-AN", 2016, "80.5", "11.3");
        Figures figures = Figures.compute(f.content());
        assertTrue(figures.problems().isEmpty(), figures.problems().toString());
        assertTrue(figures.discrepancy("attestation-passed-share", "UZ-AN", 2016).isEmpty());
        assertTrue(figures.stated().forWebsite("org", 2016).isEmpty());
    }

    @Test
    void statedFigureWithoutRawFiguresCannotBeCheckedAndSaysSo() {
        Fixture f = attestation();
        SourcePos at = f.stated("attestation-passed-share", "UZ-BU", 2016, "40.0");
        Figures figures = Figures.compute(f.content());
        Problem p = figures.problems().get(0);
        assertEquals(at, p.pos());
        assertEquals(Severity.NOTICE, p.severity());
        assertTrue(p.message().contains("cannot be checked"), p.message());
        Discrepancy d = figures.discrepancy("attestation-passed-share", "UZ-BU", 2016).orElseThrow();
        assertFalse(d.isCheckable());
        assertNull(d.computed());
    }

    @Test
    void statedChangeOfAFirstRatingCannotBeChecked() {
        Fixture f = new Fixture();
        f.website("org", "UZ-AN", 2016, "80.5", "8.19");
        Problem p = Figures.compute(f.content()).problems().get(0);
        assertTrue(p.message().contains("no earlier score"), p.message());
    }

    @Test
    void statedFiguresForEveryRegionAreCheckedAndWarningsSortedByPosition() {
        Fixture f = Fixture.generated(3);
        for (String code : Fixture.REGIONS) f.stated("passed-share", code, 2014, "33.3");
        Figures figures = Figures.compute(f.content());
        // 14 stated figures: UZ-XO has no data, the others disagree unless the share happens to be 33.3.
        long agreeing = Fixture.REGIONS.stream()
                .filter(c -> figures.series("passed-share", c).at(2014)
                        .map(p -> p.value().compareTo(dec("33.3")) == 0).orElse(false))
                .count();
        assertEquals(14 - agreeing, figures.problems().size());
        for (int i = 1; i < figures.problems().size(); i++) {
            assertTrue(figures.problems().get(i - 1).compareTo(figures.problems().get(i)) < 0);
        }
        figures.problems().forEach(p -> assertEquals(Severity.NOTICE, p.severity()));
    }

    @Test
    void nationalStatedFigure() {
        Fixture f = new Fixture().indicator("n", Better.HIGHER).indicator("d", Better.HIGHER).derived("s", "n", "d")
                .observe("n", null, 2016, "1").observe("d", null, 2016, "3");
        f.stated("s", null, 2016, "30");
        Figures figures = Figures.compute(f.content());
        assertEquals("stated 30% for the whole country 2016 disagrees with 33.3% computed from 1 / 3 (n / d)",
                figures.problems().get(0).message());
        assertEquals(dec("33.3"), figures.discrepancy("s", null, 2016).orElseThrow().computed());
    }
}
