package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Explore" as a reader uses it, on a phone (360 px) and a desktop (1280 px): the interactive chart ECharts draws
 * must show what the static SVG showed (the same text labels and the same number of filled shapes: bars, tiles,
 * points), at the same size, with nothing cut off; it keeps the static chart's accessible name and description;
 * focus moves to it (not to {@code <body>}); the button is gone once used. Without JavaScript the button, which
 * could do nothing, is not shown at all.
 */
class InteractiveChartIT extends BrowserTestBase {

    /** The indicator page where the redraw lost a bar, and one chart page per kind of chart, both editions. */
    Stream<Arguments> cases() {
        List<SitePage> chosen = new ArrayList<>();
        for (Edition e : Edition.values()) chosen.add(pages.get("/" + e.prefix() + "/indicators/digital-tv-coverage/"));
        chosen.addAll(pages.onePerChartKind("charts/*"));
        return chosen.stream().flatMap(p -> Stream.of(360, 1280).map(w -> Arguments.of(p, w)));
    }

    /**
     * What a chart's SVG shows: its text labels in document order, the number of filled shapes, its size, and the
     * labels and shapes that lie (partly) outside the SVG's box or the viewport, i.e. cut off.
     */
    private static final String PICTURE = "var svg = arguments[0].querySelector('svg');"
            + " if (!svg) return null;"
            // The box a reader sees: the SVG's, clipped by its holder (an SVG can have its size yet be hidden by a
            // wrapper of no height).
            + " var s = svg.getBoundingClientRect(), h = arguments[0].getBoundingClientRect();"
            + " var box = {left: Math.max(s.left, h.left), right: Math.min(s.right, h.right),"
            + "   top: Math.max(s.top, h.top), bottom: Math.min(s.bottom, h.bottom)};"
            + " box.width = Math.max(0, box.right - box.left); box.height = Math.max(0, box.bottom - box.top);"
            + " var vw = document.documentElement.clientWidth;"
            + " var texts = [], cut = [], shapes = [];"
            + " function outside(r) { return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1"
            + "   || r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < -1 || r.right > vw + 1); }"
            + " svg.querySelectorAll('text').forEach(function (t) {"
            + "   var s = t.textContent.trim(); if (!s) return; texts.push(s);"
            + "   if (outside(t.getBoundingClientRect())) cut.push('text \"' + s + '\"'); });"
            + " svg.querySelectorAll('path, rect, circle').forEach(function (p) {"
            + "   var f = p.getAttribute('fill'); if (!f || f === 'none' || f === 'transparent') return;"
            + "   if (p.closest('clipPath, defs')) return;"
            // ECharts' client keeps invisible shapes for hover and animation: only what a reader sees counts.
            + "   var cs = getComputedStyle(p); if (cs.visibility === 'hidden' || cs.display === 'none'"
            + "     || Number(cs.opacity) === 0 || Number(cs.fillOpacity) === 0) return;"
            + "   var r = p.getBoundingClientRect(); if (r.width < 0.5 || r.height < 0.5) return;"
            + "   shapes.push(f + ' ' + Math.round(r.width / box.width * 1000) + 'x'"
            + "     + Math.round(r.height / box.height * 1000)); if (outside(r)) cut.push(p.tagName + ' at ' + Math.round(r.left) + ',' + Math.round(r.top)); });"
            + " return {texts: texts.join(' | '), shapes: shapes.length, shapeList: shapes.join(', '), width: Math.round(box.width),"
            + "   height: Math.round(box.height), cut: cut.join('; ')};";

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("cases")
    void exploreRedrawsTheSameChartKeepsItsNameAndTakesFocus(SitePage page, int width) throws IOException {
        browser.viewport(width, 800);
        try {
            open(page);
            WebElement figure = ChartPoints.figures(browser).get(0);
            WebElement holder = figure.findElement(By.cssSelector("[data-chart-svg]"));
            WebElement button = figure.findElement(By.cssSelector("[data-chart-explore]"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> button.isDisplayed());
            Map<?, ?> before = (Map<?, ?>) browser.script(PICTURE, holder);
            String name = (String) browser.script("return arguments[0].querySelector('svg').getAttribute('aria-label');",
                    holder);
            browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.script(
                    "var h = arguments[0]; return !!(window.echarts && h.getAttribute('_echarts_instance_')"
                            + " && h.querySelector('svg'));", holder)));
            browser.settle();
            Map<?, ?> after = (Map<?, ?>) browser.script(PICTURE, holder);
            Map<?, ?> a11y = (Map<?, ?>) browser.script(
                    "var h = arguments[0], d = h.getAttribute('aria-describedby'),"
                            + " desc = d && document.getElementById(d), a = document.activeElement;"
                            + " return {role: h.getAttribute('role'), name: h.getAttribute('aria-label'),"
                            + " description: desc ? desc.textContent.trim() : '',"
                            + " focus: a === document.body ? 'body' : a.tagName.toLowerCase()"
                            + "   + (arguments[0].contains(a) || a === h ? ' in the chart' : ' elsewhere')};", holder);
            boolean buttonShown = button.isDisplayed();
            // For a person to compare with the static chart: the interactive chart as the reader sees it.
            Files.createDirectories(ScreenshotIT.SCREENSHOTS);
            Files.write(ScreenshotIT.SCREENSHOTS.resolve("explore-" + page.path().substring(1, 3) + "-"
                    + page.path().replaceAll(".*/([^/]+)/$", "$1") + "-" + width + ".png"),
                    browser.fullPageScreenshot());

            String where = page + " at " + width + " px after Explore: ";
            List<String> problems = new ArrayList<>();
            if (!before.get("texts").equals(after.get("texts"))) {
                problems.add("labels differ\n    static:      " + before.get("texts") + "\n    interactive: "
                        + after.get("texts"));
            }
            if (!before.get("shapes").equals(after.get("shapes"))) {
                problems.add(before.get("shapes") + " filled shapes in the static SVG, " + after.get("shapes")
                        + " in the interactive one (fill and size per mille of the chart)\n    static:      "
                        + before.get("shapeList") + "\n    interactive: " + after.get("shapeList"));
            }
            if (Math.abs(num(before, "width") - num(after, "width")) > 2
                    || Math.abs(num(before, "height") - num(after, "height")) > 2) {
                problems.add("size " + after.get("width") + "x" + after.get("height") + " instead of the static "
                        + before.get("width") + "x" + before.get("height"));
            }
            if (!((String) after.get("cut")).isEmpty()) problems.add("cut off: " + after.get("cut"));
            if (!"img".equals(a11y.get("role")) || !name.equals(a11y.get("name"))) {
                problems.add("accessible name lost: role=" + a11y.get("role") + " aria-label=" + a11y.get("name")
                        + " (static: " + name + ")");
            }
            if (((String) a11y.get("description")).isEmpty()) problems.add("no aria-describedby description");
            if (!"div in the chart".equals(a11y.get("focus"))) problems.add("focus is on " + a11y.get("focus"));
            if (buttonShown) problems.add("the Explore button is still shown");
            assertTrue(problems.isEmpty(), () -> where + "\n  " + String.join("\n  ", problems));
        } finally {
            browser.resetViewport();
        }
    }

    Stream<SitePage> withoutJavaScript() {
        return Stream.of(Edition.values()).map(e -> pages.get("/" + e.prefix() + "/indicators/digital-tv-coverage/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutJavaScript")
    void withoutJavaScriptTheButtonIsNotShown(SitePage page) {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            // Not open(): its wait for two animation frames is itself a page script, which would never run.
            browser.driver().get(url(page).toString());
            List<WebElement> buttons = browser.driver().findElements(By.cssSelector("[data-chart-explore]"));
            assertFalse(buttons.isEmpty(), page + ": no Explore button in the page at all");
            for (WebElement b : buttons) {
                assertEquals(0, b.getRect().getWidth() * b.getRect().getHeight(),
                        page + ": with JavaScript off an Explore button that can do nothing is shown: " + b.getRect());
            }
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private static double num(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
