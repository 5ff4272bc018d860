package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.site.PageSource;
import uz.shaffof.testsite.TestSite;

/**
 * A gate's problem in a generated page is reported at the content file (and line) an editor can fix, with the
 * generated place after it, named under the output directory the user gave.
 */
class GateLocationsTest {
    @TempDir
    Path dir;

    /** A report whose last line links to a page the site does not have. */
    private static final String REPORT = """
            ---
            title: "Синов ҳисоботи"
            summary: "Қисқача."
            date: 2017-01-01
            source: "src-a"
            order: 1
            ---

            Матн.

            Batafsil: [yoʻq sahifa](/uz/no-such-page/).
            """;

    @Test
    void aBrokenLinkInAReportIsReportedAtTheReportsLineWithThePageAfterIt() {
        int line = REPORT.lines().toList().indexOf("Batafsil: [yoʻq sahifa](/uz/no-such-page/).") + 1;
        TestSite.Run r = TestSite.fixture("minimal").with("content/reports/broken-link.md", REPORT)
                .cli(dir, "build", "--preview", "--out", dir.resolve("project/pub").toString());
        assertEquals(1, r.code(), r.err());
        String expected = "content/reports/broken-link.md:" + line + ":25: broken link <a href=\"/uz/no-such-page/\">";
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(expected)
                && l.contains(" (in pub/uz/reports/broken-link/index.html:")), expected + "\n" + r.err());
        assertFalse(r.err().contains("site/"), "the output is pub/, not site/: " + r.err());
    }

    @Test
    void aProblemInAPageMadeFromAFileNamesTheFileAndOneFromTheWholeSiteNamesTheOutput() {
        Problem inIndicatorPage = Problem.error(SourcePos.of("site/uz/indicators/users/index.html", 53, 6),
                "broken link <a href=\"../nope/\">: no such page");
        Problem inListPage = Problem.error(SourcePos.of("site/uz/indicators/index.html", 9, 2), "x");
        Problem notAPage = Problem.error(SourcePos.file("content"), "y");
        Map<String, PageSource> sources = Map.of("uz/indicators/users/index.html",
                PageSource.of(SourcePos.of("content/indicators/users.json", 1, 1)));
        List<String> traced = GateLocations.trace(List.of(inIndicatorPage, inListPage, notAPage), sources, "pub")
                .stream().map(Problem::toString).toList();
        assertEquals(List.of("content:1:1: y",
                "content/indicators/users.json:1:1: broken link <a href=\"../nope/\">: no such page "
                        + "(in pub/uz/indicators/users/index.html:53:6)",
                "pub/uz/indicators/index.html:9:2: x"), traced);
    }
}
