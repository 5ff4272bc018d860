package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Point;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * RELIABILITY row 20: every embed page, framed from another origin with exactly the snippet its chart page
 * publishes, renders its chart (so its SRI-checked scripts loaded inside the sandbox), logs no error, and sizes
 * its iframe through the resize message.
 *
 * <p>The snippet is the chart page's {@code #embed-code} box, as a press office copies it; the one change is the
 * site's public address (from the sitemap) becoming the test server's. The host page around it is
 * {@code browser/embed-host.html}.
 */
class EmbedIT extends EmbedTestBase {

    private static final int FRAME_VIEWPORT_HEIGHT = 2400;

    Stream<SitePage> embedPages() {
        return pages.ofKind("embed/*").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("embedPages")
    void publishedSnippetRendersOnAnotherOrigin(SitePage embed) {
        String published = PressSite.publishedSnippet(pages, embed);
        String snippet = published.replace(pages.baseUrl(), server.origin());
        assertTrue(snippet.contains(server.origin() + embed.path()),
                () -> embed.path().replace("/embed/", "/charts/") + ": the published snippet does not frame "
                        + pages.baseUrl() + embed.path() + ":\n" + published);

        URI host = pressSite.publishNews(embed.route().replace('/', '-') + "-"
                + embed.edition().orElseThrow().prefix(), snippet);
        browser.drainLogs();
        // A viewport taller than any embed: the whole frame is in view, so pointer coordinates inside it are simple.
        browser.viewport(Browser.DESKTOP_WIDTH, FRAME_VIEWPORT_HEIGHT);
        browser.open(host);
        List<WebElement> frames = browser.driver().findElements(By.tagName("iframe"));
        assertEquals(1, frames.size(), () -> embed + ": the snippet should contain exactly one iframe");
        WebElement frame = frames.get(0);
        String initialHeight = frame.getDomAttribute("height");
        String resizedTo = waitForResize(frame);
        Point frameOrigin = contentOrigin(frame);

        browser.driver().switchTo().frame(frame);
        Map<?, ?> inside = (Map<?, ?>) browser.script("var s = document.querySelector('[data-chart-svg] svg');"
                + " var r = s ? s.getBoundingClientRect() : {width: 0, height: 0};"
                + " return {svgWidth: r.width, svgHeight: r.height, chartJs: typeof window.ShaffofChart,"
                + " ssrClient: typeof window['echarts-ssr-client'],"
                + " height: Math.ceil(document.documentElement.getBoundingClientRect().height),"
                + " origin: location.origin};");
        int hovered = ChartPoints.count(browser);
        ChartPoints.hoverAll(browser, frameOrigin);
        browser.settle();
        browser.driver().switchTo().defaultContent();
        browser.resetViewport();
        PageFindings framed = browser.findings(Set.of(server.origin(), pressSite.origin()));

        assertAll(
                () -> assertTrue(((Number) inside.get("svgWidth")).doubleValue() > 0
                                && ((Number) inside.get("svgHeight")).doubleValue() > 0,
                        () -> embed + ": no visible chart SVG in the frame: " + inside),
                () -> assertEquals("object", inside.get("chartJs"),
                        () -> embed + ": chart.js did not run in the sandboxed frame (SRI/CORS?): " + inside),
                () -> assertEquals("object", inside.get("ssrClient"),
                        () -> embed + ": the ECharts SSR client did not run in the frame: " + inside),
                () -> assertTrue(hovered > 0, () -> embed + ": no chart mark to hover in the frame"),
                () -> assertEquals(inside.get("height") + "px", resizedTo,
                        () -> embed + ": the iframe (height=" + initialHeight + ") was not resized to the frame's"
                                + " content height by the resize message"),
                () -> assertTrue(framed.isClean(), () -> framed.describe(embed + ", framed on " + host)));
    }

    /** Where the frame's own viewport starts in the page's: its box plus its border and padding. */
    private Point contentOrigin(WebElement frame) {
        List<?> xy = (List<?>) browser.script("var f = arguments[0], r = f.getBoundingClientRect(),"
                + " s = getComputedStyle(f);"
                + " return [Math.round(r.left + f.clientLeft + parseFloat(s.paddingLeft)),"
                + " Math.round(r.top + f.clientTop + parseFloat(s.paddingTop))];", frame);
        return new Point(((Number) xy.get(0)).intValue(), ((Number) xy.get(1)).intValue());
    }

    /**
     * The style height the snippet's listener sets from the frame's message, in pixels (the snippet's own height is a
     * calc() from the frame's width); "" if none came within 10 s.
     */
    private String waitForResize(WebElement frame) {
        try {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> {
                        String h = (String) browser.script("return arguments[0].style.height;", frame);
                        return h == null || !h.matches("[0-9.]+px") ? null : h;
                    });
        } catch (TimeoutException e) {
            return "";
        }
    }
}
