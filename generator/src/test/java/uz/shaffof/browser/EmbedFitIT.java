package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An embed as a press office pastes it, on another origin, with and without the snippet's {@code <script>} (many
 * CMSs and Telegraph strip it): at a phone's and a desktop's width the whole chart, the source line and the link
 * back must lie inside the iframe's visible box, and the frame has no band of empty space under them. Without the
 * script the frame has the height the snippet's own CSS gives it, so the embed page itself must fit it.
 *
 * <p>One embed per kind of chart and edition, at 360 and 1280 px. Writes {@code embed-<edition>-<chart>-<mode>-
 * <width>.png} (the host page) for a person to look at.
 */
class EmbedFitIT extends EmbedTestBase {

    private static final Pattern SNIPPET_SCRIPT = Pattern.compile("<script\\b.*?</script>", Pattern.DOTALL);
    private static final int VIEWPORT_HEIGHT = 1400;

    /** Where each part of the embed lies, in the frame's own viewport, and the viewport's size. */
    private static final String PARTS = "function box(el) { if (!el) return null; var r = el.getBoundingClientRect();"
            + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; }"
            + " var licence = document.querySelector('figure a[rel~=license]');"
            + " var credit = licence ? licence.closest('p') : null;"
            + " var links = credit ? credit.querySelectorAll('a') : [];"
            + " return {svg: box(document.querySelector('[data-chart-svg] > svg')), credit: box(credit),"
            + " linkBack: box(links.length ? links[links.length - 1] : null),"
            + " width: document.documentElement.clientWidth, height: window.innerHeight, blank: blank()};"
            // The empty band: the frame's height less what the page needs, the chart counted at the height it is
            // drawn (it is drawn from the top of its box, so any room the box has beyond that is empty).
            + " function blank() { var svg = document.querySelector('[data-chart-svg] > svg');"
            + "   var vb = svg && svg.viewBox && svg.viewBox.baseVal; if (!vb || !vb.width) return null;"
            + "   var b = svg.getBoundingClientRect(), drawn = Math.min(b.height, b.width * vb.height / vb.width);"
            + "   var page = document.documentElement.getBoundingClientRect().height;"
            + "   return window.innerHeight - (page - b.height + drawn); }";

    /**
     * The most empty space a frame may have under its content, in CSS px: one line of the credit's text (22.5 px).
     * The snippet sizes the frame from its width, exactly for the chart; the credit's lines it reserves are counted
     * for a phone's column in a font at least as wide as the browser's, so where the frame is narrow the credit may
     * need a line less than reserved, and the chart, already as wide as the frame, cannot grow into it. Where the
     * frame is wider the chart grows into any such room.
     */
    private static final double MAX_BLANK_PX = 23;

    Stream<Arguments> embeds() {
        List<Arguments> cases = new ArrayList<>();
        for (SitePage embed : pages.onePerChartKind("embed/*")) {
            for (boolean withScript : new boolean[] {false, true}) {
                for (int width : new int[] {360, Browser.DESKTOP_WIDTH}) {
                    cases.add(Arguments.of(embed, withScript ? "with-script" : "script-removed", width));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("embeds")
    void wholeChartSourceAndLinkBackAreInTheFrame(SitePage embed, String mode, int width) throws IOException {
        String snippet = PressSite.publishedSnippet(pages, embed).replace(pages.baseUrl(), server.origin());
        if (mode.equals("script-removed")) {
            snippet = SNIPPET_SCRIPT.matcher(snippet).replaceAll("");
        }
        String name = embed.edition().orElseThrow().prefix() + "-" + embed.route().replace("embed/", "")
                .replaceAll("/$", "") + "-" + mode + "-" + width;
        URI host = pressSite.publishNews(name, snippet);

        Map<?, ?> parts;
        byte[] png;
        browser.viewport(width, VIEWPORT_HEIGHT);
        try {
            browser.open(host);
            WebElement frame = browser.driver().findElement(By.tagName("iframe"));
            // The embed's own scripts (and, with the snippet's script, the resize) have run once the frame loaded.
            browser.driver().switchTo().frame(frame);
            browser.settle();
            browser.driver().switchTo().defaultContent();
            if (mode.equals("with-script")) {
                waitForResize(frame);
            }
            browser.settle();
            png = browser.fullPageScreenshot();
            browser.driver().switchTo().frame(frame);
            parts = (Map<?, ?>) browser.script(PARTS);
            browser.driver().switchTo().defaultContent();
        } finally {
            browser.resetViewport();
        }
        Path file = ScreenshotIT.SCREENSHOTS.resolve("embed-" + name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);

        double frameWidth = number(parts.get("width"));
        double frameHeight = number(parts.get("height"));
        String where = embed + " " + mode + " at " + width + " px in a " + frameWidth + " x " + frameHeight
                + " frame (see " + file + ")";
        assertAll(
                () -> assertInside("the chart SVG", parts.get("svg"), frameWidth, frameHeight, where),
                () -> assertInside("the source and licence line", parts.get("credit"), frameWidth, frameHeight, where),
                () -> assertInside("the link back", parts.get("linkBack"), frameWidth, frameHeight, where),
                () -> assertTrue(number(((Map<?, ?>) parts.get("credit")).get("top"))
                                >= number(((Map<?, ?>) parts.get("svg")).get("bottom")) - 0.5,
                        () -> where + ": the chart runs into the source line: " + parts),
                () -> assertNotNull(parts.get("blank"), () -> where + ": no chart SVG with a viewBox"),
                () -> assertTrue(number(parts.get("blank")) <= MAX_BLANK_PX, () -> where + ": "
                        + Math.round(number(parts.get("blank"))) + " px of the frame are empty (at most " + MAX_BLANK_PX
                        + ")"));
    }

    /**
     * Waits (up to 10 s) for the snippet's listener to size the frame from the embed's message: a height in pixels
     * (the snippet's own is a calc() from the frame's width).
     */
    private void waitForResize(WebElement frame) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            String h = (String) browser.script("return arguments[0].style.height;", frame);
            return h != null && h.matches("[0-9.]+px");
        });
    }

    private static void assertInside(String what, Object rect, double width, double height, String where) {
        assertNotNull(rect, () -> where + ": not found: " + what);
        Map<?, ?> r = (Map<?, ?>) rect;
        double top = number(r.get("top"));
        double bottom = number(r.get("bottom"));
        double left = number(r.get("left"));
        double right = number(r.get("right"));
        // Half a pixel for sub-pixel layout.
        assertTrue(top >= -0.5 && left >= -0.5 && bottom <= height + 0.5 && right <= width + 0.5 && bottom > top,
                () -> where + ": " + what + " lies at top " + top + ", bottom " + bottom + ", left " + left
                        + ", right " + right + ", outside the frame's visible box");
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }
}
