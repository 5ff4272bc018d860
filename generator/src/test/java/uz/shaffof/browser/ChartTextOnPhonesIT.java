package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import uz.shaffof.i18n.Edition;

/**
 * Charts as a phone shows them (360 px): no chart text is drawn under 12 px, the tile map's labels stay on their own
 * tiles in both scripts, and its tiles are links to the regions' pages that a keyboard reaches and a screen reader
 * names.
 */
class ChartTextOnPhonesIT extends BrowserTestBase {

    private static final int WIDTH = 360;
    private static final double MIN_PX = 12;
    private static final int REGIONS = 14;

    /**
     * Each shown SVG text with its rendered font size (CSS font size times the SVG's scale on screen), those under
     * the minimum only.
     */
    private static final String SMALL_TEXT = "var min = arguments[0], out = [];"
            + " document.querySelectorAll('figure.chart svg text').forEach(function (t) {"
            + "   var box = t.getBoundingClientRect(); if (!box.width || !t.textContent.trim()) return;"
            + "   var m = t.getScreenCTM(); var scale = Math.sqrt(m.a * m.a + m.b * m.b);"
            + "   var px = parseFloat(getComputedStyle(t).fontSize) * scale;"
            + "   if (px < min - 0.01) out.push('\"' + t.textContent + '\" ' + px.toFixed(1) + ' px'); });"
            + " return out;";

    /**
     * Tile-map labels that leave their tile: for every text of the map, the tile (mark) under its centre; the
     * text's box must lie within that tile's box. A label wider than its tile runs into the next one's.
     */
    private static final String LABELS_OFF_THEIR_TILE = "var svg = arguments[0], out = [];"
            + " var tiles = Array.prototype.map.call(svg.querySelectorAll('[data-ec-ssr-type=chart]'),"
            + "   function (p) { return p.getBoundingClientRect(); });"
            + " svg.querySelectorAll('text').forEach(function (t) {"
            + "   var b = t.getBoundingClientRect(); if (!b.width) return;"
            + "   var cx = (b.left + b.right) / 2, cy = (b.top + b.bottom) / 2;"
            + "   var tile = tiles.filter(function (r) { return cx >= r.left && cx <= r.right && cy >= r.top"
            + "     && cy <= r.bottom; })[0];"
            + "   if (!tile) return;" // a title, legend or source line, not a tile's label
            + "   if (b.left < tile.left - 0.5 || b.right > tile.right + 0.5) out.push('\"' + t.textContent + '\" '"
            + "     + Math.round(b.left) + '..' + Math.round(b.right) + ' on a tile ' + Math.round(tile.left) + '..'"
            + "     + Math.round(tile.right)); });"
            + " return out;";

    /** Pages whose charts a phone reader meets first, each with the view that shows its charts. */
    Stream<String> chartPages() {
        return Stream.of(Edition.values()).flatMap(e -> Stream.of("indicators/internet-users/#chart",
                "indicators/internet-users/#map", "charts/portal-appeals-received/", "regions/andijon/",
                "embed/internet-users-map/").map(route -> "/" + e.prefix() + "/" + route));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chartPages")
    void noChartTextIsUnder12PxAt360(String path) {
        browser.viewport(WIDTH, 800);
        try {
            browser.open(server.url(path));
            long texts = ((Number) browser.script("return Array.prototype.filter.call("
                    + "document.querySelectorAll('figure.chart svg text'), function (t) {"
                    + " return t.getBoundingClientRect().width > 0; }).length;")).longValue();
            assertTrue(texts > 0, path + ": no chart text shown");
            List<?> small = (List<?>) browser.script(SMALL_TEXT, MIN_PX);
            assertTrue(small.isEmpty(), () -> path + " at " + WIDTH + " px: " + small.size() + " chart texts under "
                    + MIN_PX + " px, e.g. " + small.subList(0, Math.min(8, small.size())));
        } finally {
            browser.resetViewport();
        }
    }

    Stream<SitePage> maps() {
        return Stream.of(Edition.values()).map(e -> pages.get("/" + e.prefix() + "/charts/internet-users-map/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void tileLabelsStayOnTheirTilesAt360(SitePage page) {
        browser.viewport(WIDTH, 800);
        try {
            open(page);
            WebElement svg = browser.driver().findElement(By.cssSelector("figure.chart [data-chart-svg] svg"));
            List<?> off = (List<?>) browser.script(LABELS_OFF_THEIR_TILE, svg);
            assertTrue(off.isEmpty(), () -> page + " at " + WIDTH + " px: tile labels wider than their tiles: " + off);
        } finally {
            browser.resetViewport();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void tilesAreNamedLinksToTheRegionsReachedByKeyboard(SitePage page) {
        open(page);
        List<WebElement> links = browser.driver().findElements(By.cssSelector("figure.chart svg a[href]"));
        assertEquals(REGIONS, links.size(), page + ": tiles that are links");
        String regions = "/" + page.edition().orElseThrow().prefix() + "/regions/";
        for (WebElement link : links) {
            String name = (String) browser.script("return arguments[0].getAttribute('aria-label');", link);
            String path = URI.create((String) browser.script("return arguments[0].href.baseVal"
                    + " ? new URL(arguments[0].href.baseVal, location.href).href : '';", link)).getPath();
            assertTrue(name != null && name.contains(":"), page + ": a tile's link has no name with its figure: " + name);
            assertTrue(path.startsWith(regions), page + ": tile \"" + name + "\" leads to " + path);
            pages.get(path);
        }
        // The keyboard reaches the tiles: Tab from the top of the chart lands on one, and Enter follows it.
        browser.script("document.querySelector('figure.chart').scrollIntoView();"
                + " var b = document.querySelector('[data-chart-svg]'); b.tabIndex = -1; b.focus();");
        WebElement focused = null;
        for (int i = 0; i < 20; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            focused = browser.driver().switchTo().activeElement();
            if (Boolean.TRUE.equals(browser.script("return !!arguments[0].closest('svg');", focused))) break;
        }
        assertTrue(focused != null && "a".equals(focused.getTagName()), page + ": Tab did not reach a tile");
        String expected = (String) browser.script("return new URL(arguments[0].href.baseVal, location.href).pathname;",
                focused);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.settle();
        assertEquals(expected, URI.create(browser.driver().getCurrentUrl()).getPath(), page + ": Enter on a tile");
        assertFalse(browser.driver().findElements(By.tagName("h1")).isEmpty(), expected + " has no heading");
    }
}
