package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uz.shaffof.i18n.Edition;

/**
 * A reader whose system asks for a dark scheme ({@code prefers-color-scheme: dark}, emulated by the DevTools
 * protocol) gets a dark page, and its text, chart text, tables and focus ring keep WCAG AA contrast: axe's
 * {@code color-contrast} and {@code link-in-text-block} rules for HTML text (also with a link focused), and a check of its own for SVG chart text (axe leaves SVG text
 * out), each against what lies under it (the page, or the chart's tile). The same axe rules hold in the light scheme,
 * also with the first link focused and with the first link in grey text focused (a link must stand out from the
 * text around it by more than colour in every state). Writes {@code dark-<edition>-<page>-<width>.png} and
 * {@code light-...} for a person to compare.
 */
class DarkModeIT extends BrowserTestBase {

    private static final List<Integer> WIDTHS = List.of(360, 1280);
    /** Text against its background (1.4.3), and a link against the text around it (1.4.1). */
    private static final List<String> CONTRAST_RULES = List.of("color-contrast", "link-in-text-block");

    /**
     * SVG chart texts under 4.5:1 against what is drawn beneath their centre: the topmost filled shape of the chart
     * (a bar, a tile) or else the first ancestor with a background colour.
     */
    private static final String SVG_TEXT_CONTRAST = ""
            + "function rgb(c) { var m = c.match(/[\\d.]+/g); return m ? m.slice(0, 4).map(Number) : null; }"
            + "function lum(c) { var v = c.slice(0, 3).map(function (x) { x /= 255;"
            + "  return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
            + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
            + "function pageBackground(el) { for (; el && el.nodeType === 1; el = el.parentElement) {"
            + "  var c = rgb(getComputedStyle(el).backgroundColor); if (c && (c.length < 4 || c[3] > 0)) return c; }"
            + "  return [255, 255, 255]; }"
            + "var out = [];"
            + "document.querySelectorAll('figure.chart svg text').forEach(function (t) {"
            + "  if (!t.getBoundingClientRect().width || !t.textContent.trim()) return;"
            // elementsFromPoint sees only the viewport: each text is brought into it first.
            + "  t.scrollIntoView({block: 'center', inline: 'center'});"
            + "  var b = t.getBoundingClientRect(), x = (b.left + b.right) / 2, y = (b.top + b.bottom) / 2, under = null;"
            + "  document.elementsFromPoint(x, y).some(function (e) {"
            + "    if (e === t || e.tagName === 'text' || e.tagName === 'svg' || !(e instanceof SVGGeometryElement)) return false;"
            + "    var s = getComputedStyle(e); var f = rgb(s.fill);"
            + "    if (!f || s.fill === 'none' || Number(s.fillOpacity) < 0.5 || Number(s.opacity) < 0.5) return false;"
            + "    under = f; return true; });"
            + "  var bg = under || pageBackground(t.closest('svg').parentElement);"
            + "  var fg = rgb(getComputedStyle(t).fill); if (!fg) return;"
            + "  var a = lum(fg), c = lum(bg), ratio = (Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05);"
            + "  if (ratio < 4.5) out.push('\"' + t.textContent + '\" ' + getComputedStyle(t).fill + ' on rgb('"
            + "    + bg.slice(0, 3).join(',') + ') ' + ratio.toFixed(2) + ':1'); });"
            + "return out;";

    private static final String BODY_LUMINANCE = "var m = getComputedStyle(document.body).backgroundColor"
            + ".match(/[\\d.]+/g).map(Number); return (0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2]) / 255;";

    @BeforeAll
    void makeDirectory() throws IOException {
        Files.createDirectories(ScreenshotIT.SCREENSHOTS);
    }

    @AfterAll
    void lightAgain() {
        if (browser != null) browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    /** Home, an indicator (its chart and map), a region with charts, a report: both editions, both widths. */
    Stream<Arguments> pagesAndWidths() {
        return Stream.of(Edition.values()).flatMap(e -> Stream.of("", "indicators/internet-users/",
                        "indicators/internet-users/#map", "regions/andijon/", "reports/andijan-ict-2016/")
                .map(route -> "/" + e.prefix() + "/" + route))
                .flatMap(path -> WIDTHS.stream().map(w -> Arguments.of(path, w)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void darkSchemeIsDarkAndKeepsContrast(String path, int width) throws IOException {
        scheme("dark");
        browser.viewport(width, 800);
        try {
            browser.open(server.url(path));
            double luminance = ((Number) browser.script(BODY_LUMINANCE)).doubleValue();
            Results axe = new AxeBuilder().withRules(CONTRAST_RULES).analyze(browser.driver());
            List<?> svgText = (List<?>) browser.script(SVG_TEXT_CONTRAST);
            // The focus ring: a focused link's colours are the ring's (yellow background, near-black text).
            Results focused = focusFirstContentLinkAndCheck();
            Files.write(shot("dark", path, width), browser.fullPageScreenshot());
            scheme("light");
            browser.open(server.url(path));
            Files.write(shot("light", path, width), browser.fullPageScreenshot());
            // The light scheme too: a link in grey (muted) text, as it is and focused, against the text around it.
            Results light = new AxeBuilder().withRules(CONTRAST_RULES).analyze(browser.driver());
            Results lightFocused = focusFirstContentLinkAndCheck();
            Results lightMuted = focusFirstLinkInMutedTextAndCheck();
            assertAll(
                    () -> assertTrue(luminance < 0.1, path + ": with a dark scheme asked for, the page's background"
                            + " has luminance " + luminance),
                    () -> assertFalse(axe.isErrored(), () -> path + ": axe failed: " + axe.getErrorMessage()),
                    () -> assertTrue(axe.getViolations().isEmpty(),
                            () -> AccessibilityIT.describe(SitePage.of(path), axe.getViolations())),
                    () -> assertTrue(focused.getViolations().isEmpty(),
                            () -> "focused: " + AccessibilityIT.describe(SitePage.of(path), focused.getViolations())),
                    () -> assertTrue(svgText.isEmpty(), () -> path + ": chart text under 4.5:1 in the dark scheme: "
                            + svgText),
                    () -> assertTrue(light.getViolations().isEmpty(),
                            () -> "light: " + AccessibilityIT.describe(SitePage.of(path), light.getViolations())),
                    () -> assertTrue(lightFocused.getViolations().isEmpty(), () -> "light, focused: "
                            + AccessibilityIT.describe(SitePage.of(path), lightFocused.getViolations())),
                    () -> assertTrue(lightMuted == null || lightMuted.getViolations().isEmpty(),
                            () -> "light, a link in grey text focused: "
                                    + AccessibilityIT.describe(SitePage.of(path), lightMuted.getViolations())));
        } finally {
            browser.resetViewport();
            scheme("light");
        }
    }

    private Results focusFirstContentLinkAndCheck() {
        browser.script("var a = document.querySelector('main a[href]'); if (a) a.focus();");
        return new AxeBuilder().withRules(CONTRAST_RULES).include(List.of("main a[href]:focus"))
                .analyze(browser.driver());
    }

    /**
     * The first shown link in grey text ({@code .meta}: a chart's source and licence line, a report's date line)
     * focused, checked alone; {@code null} on a page without one (the home page).
     */
    private Results focusFirstLinkInMutedTextAndCheck() {
        Object focused = browser.script("var a = Array.prototype.filter.call(document.querySelectorAll("
                + "'main .meta a[href]'), function (x) { return x.getClientRects().length > 0; })[0];"
                + " if (!a) return false; a.focus(); return document.activeElement === a;");
        if (!Boolean.TRUE.equals(focused)) return null;
        return new AxeBuilder().withRules(CONTRAST_RULES).include(List.of("main .meta a[href]:focus"))
                .analyze(browser.driver());
    }

    private void scheme(String value) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", value))));
    }

    private static Path shot(String scheme, String path, int width) {
        String route = path.substring(4).replace("#", "-").replaceAll("/$", "").replaceAll("/-", "-").replace('/', '-');
        return ScreenshotIT.SCREENSHOTS.resolve(scheme + "-" + path.substring(1, 3) + "-"
                + (route.isEmpty() ? "home" : route) + "-" + width + ".png");
    }
}
