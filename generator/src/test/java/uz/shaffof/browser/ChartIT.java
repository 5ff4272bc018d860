package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Charts in the browser (docs/CHARTS.md): the static SVG drawn at build time is visible; once the page's scripts
 * have run, hovering a mark shows a text tooltip; and "Explore" loads the ECharts bundle and redraws the chart,
 * with no console error or CSP violation. One chart page per kind of chart and edition.
 *
 * <p>The tooltip comes from {@code assets/chart.js}: ECharts' SSR client only reports hover events on the SVG
 * ({@code hydrate(dom, {on: {mouseover}})}) and draws nothing itself, so chart.js builds a {@code .chart-tooltip}
 * element from the option JSON. That element is what this test looks for.
 */
class ChartIT extends BrowserTestBase {

    /** Marks hovered per chart when looking for the tooltip: enough to catch a wrong index, few enough to be quick. */
    private static final int MARKS_TO_TRY = 3;

    /** The text of the tooltip chart.js shows for a figure, or null while none is shown. */
    static final String TOOLTIP = "var t = arguments[0].querySelector('.chart-tooltip');"
            + " return t && !t.hidden && t.getBoundingClientRect().width > 0 ? t.textContent : null;";

    Stream<SitePage> chartPages() {
        return pages.onePerChartKind("charts/*").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartPages")
    void staticSvgIsVisible(SitePage page) {
        open(page);
        List<WebElement> figures = ChartPoints.figures(browser);
        assertFalse(figures.isEmpty(), () -> page + ": no " + ChartPoints.FIGURES);
        List<String> problems = new ArrayList<>();
        for (WebElement figure : figures) {
            List<WebElement> svgs = figure.findElements(By.cssSelector("[data-chart-svg] svg"));
            if (svgs.isEmpty()) {
                problems.add(figureName(figure) + ": no [data-chart-svg] svg");
                continue;
            }
            Dimension size = svgs.get(0).getSize();
            if (!svgs.get(0).isDisplayed() || size.getWidth() == 0 || size.getHeight() == 0) {
                problems.add(figureName(figure) + ": SVG not visible (" + size + ")");
            }
        }
        assertTrue(problems.isEmpty(), () -> page + ":\n  " + String.join("\n  ", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartPages")
    void hoveringAMarkShowsATooltip(SitePage page) {
        open(page);
        List<String> problems = new ArrayList<>();
        for (WebElement figure : ChartPoints.figures(browser)) {
            List<WebElement> marks = ChartPoints.of(browser, figure);
            if (marks.isEmpty()) {
                problems.add(figureName(figure) + ": no mark to hover (" + ChartPoints.POINTS + ")");
                continue;
            }
            List<WebElement> tried = marks.subList(0, Math.min(MARKS_TO_TRY, marks.size()));
            for (WebElement mark : tried) {
                // From outside the chart each time, so a tooltip left by the previous mark cannot pass for this one.
                new Actions(browser.driver()).moveToLocation(0, 0).perform();
                List<ChartPoints.Covered> covered = ChartPoints.hover(browser, List.of(mark));
                if (!covered.isEmpty()) {
                    problems.add(figureName(figure) + ": " + describe(mark) + " cannot be hovered anywhere: "
                            + covered.get(0).cover() + " lies on top of it and carries no data-ec-* marker");
                    continue;
                }
                String tip = waitForTooltip(figure);
                if (tip == null || tip.isBlank()) {
                    problems.add(figureName(figure) + ": no tooltip after hovering " + describe(mark)
                            + "; " + scriptState());
                }
            }
        }
        PageFindings findings = browser.findings(siteOnly());
        assertAll(
                () -> assertTrue(problems.isEmpty(), () -> page + ":\n  " + String.join("\n  ", problems)),
                () -> assertTrue(findings.isClean(), () -> findings.describe(page + ", while hovering")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartPages")
    void exploreLoadsTheInteractiveChart(SitePage page) {
        PageFindings loaded = open(page);
        WebElement figure = ChartPoints.figures(browser).get(0);
        WebElement button = figure.findElement(By.cssSelector("[data-chart-explore]"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> button.isDisplayed());
        browser.script("arguments[0].scrollIntoView({block: 'center'});", figure);
        button.click();

        WebElement holder = figure.findElement(By.cssSelector("[data-chart-svg]"));
        boolean drawn;
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> interactiveChartDrawn(holder));
            drawn = true;
        } catch (TimeoutException e) {
            drawn = false;
        }
        if (drawn) {
            new Actions(browser.driver()).moveToElement(holder).perform();
        }
        browser.settle();
        PageFindings explored = browser.findings(siteOnly());
        boolean wasDrawn = drawn;
        assertAll(
                () -> assertTrue(loaded.isClean(), () -> loaded.describe(page + ", on load")),
                () -> assertTrue(wasDrawn, () -> page + ": after Explore no ECharts instance drew an SVG or canvas"
                        + " with a non-zero size within 15 s; " + scriptState()),
                () -> assertTrue(explored.isClean(), () -> explored.describe(page + ", after Explore")));
    }

    /** ECharts marks its container with {@code _echarts_instance_} and draws an svg (or canvas) inside it. */
    private boolean interactiveChartDrawn(WebElement holder) {
        return Boolean.TRUE.equals(browser.script(
                "var h = arguments[0], c = h.querySelector('svg, canvas');"
                        + " if (!window.echarts || !h.getAttribute('_echarts_instance_') || !c) return false;"
                        + " var r = c.getBoundingClientRect(); return r.width > 0 && r.height > 0;",
                holder));
    }

    private String waitForTooltip(WebElement figure) {
        try {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                    .until(d -> (String) browser.script(TOOLTIP, figure));
        } catch (TimeoutException e) {
            return null;
        }
    }

    /** What the page's chart scripts did, for a failure message. */
    private String scriptState() {
        Object state = browser.script("return {ssrClient: typeof window['echarts-ssr-client'],"
                + " shaffofChart: typeof window.ShaffofChart, echarts: typeof window.echarts,"
                + " hydratedMarks: document.querySelectorAll('[ecmeta_ssr_type]').length,"
                + " tooltips: document.querySelectorAll('.chart-tooltip').length};");
        return "scripts: " + (state instanceof Map<?, ?> map ? map : state);
    }

    private String figureName(WebElement figure) {
        String id = figure.getDomAttribute("id");
        return "figure" + (id == null || id.isEmpty() ? "" : "#" + id);
    }

    private String describe(WebElement mark) {
        return "<" + mark.getTagName() + " series " + mark.getDomAttribute("data-ec-series-index")
                + " item " + mark.getDomAttribute("data-ec-data-index") + ">";
    }
}
