package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RELIABILITY rows 16 and 19: every kind of page, in both editions, loads and has every chart mark hovered with 0
 * console errors, 0 CSP violations and 0 requests to any origin but the site's.
 */
class ConsoleAndNetworkIT extends BrowserTestBase {

    Stream<SitePage> pages() {
        return pages.oneOfEachKind().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsAndHoversWithoutErrorsViolationsOrForeignRequests(SitePage page) {
        PageFindings loaded = open(page);
        int charts = ChartPoints.figures(browser).size();
        int hovered = ChartPoints.count(browser);
        ChartPoints.hoverAll(browser);
        browser.settle();
        PageFindings afterHover = browser.findings(siteOnly());

        assertAll(
                () -> assertTrue(loaded.isClean(), () -> loaded.describe(page + ", on load")),
                () -> assertTrue(afterHover.isClean(),
                        () -> afterHover.describe(page + ", after hovering " + hovered + " chart marks")),
                () -> assertTrue(charts == 0 || hovered > 0, () -> page + " has " + charts
                        + " charts but no mark to hover (" + ChartPoints.POINTS + " with a non-zero box)"));
    }
}
