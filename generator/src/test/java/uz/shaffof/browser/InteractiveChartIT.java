package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uz.shaffof.i18n.Edition;

/**
 * "Explore" as a reader uses it, on a phone (360 px) and a desktop (1280 px): the interactive chart ECharts draws
 * must show what the static SVG showed (the same text labels and the same number of filled shapes: bars, tiles,
 * points), at the same size, with nothing cut off; it keeps the static chart's accessible name and description;
 * focus moves to it (not to {@code <body>}); the button is gone once used; a tile map's tiles stay links to the
 * regions' pages. Without JavaScript the button, which could do nothing, is not shown at all.
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
            String role = (String) browser.script("return arguments[0].querySelector('svg').getAttribute('role');",
                    holder);
            browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
            // The pointer leaves the button's place: a tile drawn under a resting pointer would show its tooltip,
            // and the chart is compared at rest.
            new Actions(browser.driver()).moveToLocation(1, 1).perform();
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
            if (!role.equals(a11y.get("role")) || !name.equals(a11y.get("name"))) {
                problems.add("accessible name lost: role=" + a11y.get("role") + " aria-label=" + a11y.get("name")
                        + " (static: role=" + role + " aria-label=" + name + ")");
            }
            if (((String) a11y.get("description")).isEmpty()) problems.add("no aria-describedby description");
            if (!"div in the chart".equals(a11y.get("focus"))) problems.add("focus is on " + a11y.get("focus"));
            if (buttonShown) problems.add("the Explore button is still shown");
            assertTrue(problems.isEmpty(), () -> where + "\n  " + String.join("\n  ", problems));
        } finally {
            browser.resetViewport();
        }
    }

    /**
     * Each tile link of a chart: the page it leads to, its accessible name, where its tile lies (rounded CSS px in the
     * viewport), and what hides it from assistive technology or the pointer ("" when nothing does: no ancestor
     * whose role makes its children presentational or that is aria-hidden, and the link's tile is what lies on
     * top at its centre).
     */
    private static final String TILE_LINKS = "var out = [];"
            + " arguments[0].querySelectorAll('a[href]').forEach(function (a) {"
            + "   if (!a.closest('svg')) return;"
            + "   var href = a.href && a.href.baseVal !== undefined ? a.href.baseVal : a.getAttribute('href');"
            + "   var r = a.getBoundingClientRect(), hidden = '';"
            + "   for (var e = a.parentElement; e; e = e.parentElement) {"
            + "     var role = e.getAttribute('role');"
            + "     if (role === 'img' || role === 'presentation' || role === 'none') hidden += ' inside role=' + role;"
            + "     if (e.getAttribute('aria-hidden') === 'true') hidden += ' inside aria-hidden';"
            + "   }"
            + "   var top = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);"
            + "   if (!top || !a.contains(top)) hidden += ' covered by ' + (top ? top.tagName : 'nothing');"
            + "   out.push({path: new URL(href, location.href).pathname, name: a.getAttribute('aria-label'),"
            + "     box: [r.left, r.top, r.width, r.height].map(Math.round).join(','), hidden: hidden.trim()}); });"
            + " return out;";

    /** An indicator page with a tile map (its Map view), both editions, at a phone's and a desktop's width. */
    Stream<Arguments> tileMaps() {
        return Stream.of(Edition.values()).flatMap(e -> Stream.of(360, 1280)
                .map(w -> Arguments.of(pages.get("/" + e.prefix() + "/indicators/internet-users/"), w)));
    }

    /**
     * After "Explore" the tile map's tiles are still links: the same regions' pages with the same accessible names,
     * each over its own tile (same place as in the static SVG, ±2 px), exposed to assistive technology and on top
     * for the pointer; Tab from the redrawn chart reaches a tile and Enter opens its region.
     */
    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("tileMaps")
    void exploreKeepsTheTilesAsNamedLinksToTheRegions(SitePage page, int width) {
        browser.viewport(width, 800);
        try {
            // A fresh load: opening the address the last case ended on would only move to its fragment, Explore done.
            browser.driver().get("about:blank");
            browser.open(server.url(page.path() + "#map"));
            WebElement figure = browser.driver().findElement(By.cssSelector("#map figure.chart"));
            WebElement holder = figure.findElement(By.cssSelector("[data-chart-svg]"));
            WebElement button = figure.findElement(By.cssSelector("[data-chart-explore]"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> button.isDisplayed());
            browser.script("arguments[0].scrollIntoView({block: 'start'});", holder);
            List<?> before = (List<?>) browser.script(TILE_LINKS, figure);
            assertEquals(14, before.size(), page + ": tile links in the static map");
            browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.script(
                    "var h = arguments[0]; return !!(window.echarts && h.getAttribute('_echarts_instance_')"
                            + " && h.querySelector('svg'));", holder)));
            browser.settle();
            browser.script("arguments[0].scrollIntoView({block: 'start'});", holder);
            List<?> after = (List<?>) browser.script(TILE_LINKS, figure);
            String where = page + "#map at " + width + " px after Explore: ";
            assertEquals(names(before), names(after), where + "the tiles' links (page and name)");
            for (int i = 0; i < after.size(); i++) {
                Map<?, ?> was = (Map<?, ?>) before.get(i);
                Map<?, ?> is = (Map<?, ?>) after.get(i);
                assertEquals("", is.get("hidden"), where + is.get("name") + " is hidden");
                assertTrue(near((String) was.get("box"), (String) is.get("box")), where + is.get("name")
                        + " lies at " + is.get("box") + " (x,y,w,h), its tile in the static map at " + was.get("box"));
            }
            // Focus is on the redrawn chart; Tab goes on to a tile, and Enter opens its region's page.
            WebElement focused = null;
            for (int i = 0; i < 5; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                focused = browser.driver().switchTo().activeElement();
                if (Boolean.TRUE.equals(browser.script("return !!arguments[0].closest('svg');", focused))) break;
            }
            assertTrue(focused != null && "a".equals(focused.getTagName()) && Boolean.TRUE.equals(
                    browser.script("return arguments[1].contains(arguments[0]);", focused, figure)),
                    where + "Tab from the chart did not reach a tile");
            String expected = (String) browser.script(
                    "return new URL(arguments[0].href.baseVal, location.href).pathname;", focused);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.settle();
            assertEquals(expected, URI.create(browser.driver().getCurrentUrl()).getPath(), where + "Enter on a tile");
            pages.get(expected);
        } finally {
            browser.resetViewport();
        }
    }

    private static List<String> names(List<?> links) {
        return links.stream().map(l -> ((Map<?, ?>) l).get("path") + " " + ((Map<?, ?>) l).get("name")).toList();
    }

    private static boolean near(String a, String b) {
        String[] x = a.split(",");
        String[] y = b.split(",");
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(Integer.parseInt(x[i]) - Integer.parseInt(y[i])) > 2) return false;
        }
        return true;
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
