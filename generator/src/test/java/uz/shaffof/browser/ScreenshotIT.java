package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full-page screenshots for a person to look at, written to
 * {@code target/failsafe-reports/screenshots/<edition>-<page>-<width>.png}: one page of each kind in both editions,
 * at phone widths (320 x 700 and 360 x 800, emulated as a phone) and desktop width (1280 x 900). Checked
 * automatically: reflow (WCAG 1.4.10), nothing wider than the phone's screen, and every figure of a table on
 * screen without scrolling sideways.
 */
class ScreenshotIT extends BrowserTestBase {

    static final Path SCREENSHOTS = Path.of(System.getProperty("shaffof.screenshots",
            Path.of("target", "failsafe-reports", "screenshots").toString()));

    /** A page to photograph: the name in the file name and its route below the edition prefix. */
    record Shot(String name, String route) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The narrowest phones (320 px, WCAG 1.4.10's reflow width), a common phone, and a desktop. */
    static final List<int[]> SIZES = List.of(new int[] {320, 700}, new int[] {360, 800}, new int[] {1280, 900});

    /**
     * Every figure in a table must be readable without scrolling sideways: a numeric cell (partly) outside the
     * viewport, whether the page scrolls or a table's own scroll box hides it, is listed with its text.
     */
    private static final String NUMBERS_OFF_SCREEN = "var w = document.documentElement.clientWidth, out = [];"
            + " document.querySelectorAll('td.num').forEach(function (c) {"
            + "   var r = c.getBoundingClientRect(); if (r.width === 0) return;"
            + "   if (r.left < -1 || r.right > w + 1) out.push('\\'' + c.textContent.trim().slice(0, 20) + '\\' at '"
            + "     + Math.round(r.left) + '..' + Math.round(r.right)); });"
            + " return out.slice(0, 8);";

    /** Lists the overflowing elements: the ones whose right edge is past the viewport, widest first. */
    static final String OVERFLOW = "var w = document.documentElement.clientWidth, out = [];"
            + " if (document.documentElement.scrollWidth <= w) return out;"
            + " document.querySelectorAll('body *').forEach(function (e) {"
            + "   var r = e.getBoundingClientRect(); if (r.right > w + 1 && r.width > 0)"
            + "   out.push({right: Math.round(r.right), el: e.tagName.toLowerCase()"
            + "     + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined && e.className"
            + "     ? '.' + e.className.trim().split(/\\s+/).join('.') : '')}); });"
            + " out.sort(function (a, b) { return b.right - a.right; });"
            + " return out.slice(0, 8).map(function (o) { return o.el + ' (right edge ' + o.right + ')'; });";

    @BeforeAll
    void makeDirectory() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    /** One page of each kind in each edition (SitePages.oneOfEachKind), the root chooser and 404 left out. */
    Stream<Arguments> shots() {
        return pages.oneOfEachKind().stream()
                .filter(p -> p.edition().isPresent() && !p.path().endsWith("404.html"))
                .flatMap(p -> SIZES.stream().map(size -> Arguments.of(p.edition().get().prefix(),
                        new Shot(shotName(p), p.path().substring(4)), size[0], size[1])));
    }

    /** {@code home} for the edition's home page, else the route with dashes: {@code regions-andijon}. */
    static String shotName(SitePage page) {
        String route = page.path().substring(4);
        return route.isEmpty() ? "home" : route.replaceAll("/$", "").replace('/', '-');
    }

    @ParameterizedTest(name = "{0}-{1}-{2}")
    @MethodSource("shots")
    void screenshot(String edition, Shot shot, int width, int height) throws IOException {
        SitePage page = pages.get("/" + edition + "/" + shot.route());
        browser.viewport(width, height);
        PageFindings findings;
        byte[] png;
        List<?> overflow;
        List<?> numbersOff;
        try {
            findings = open(page);
            png = browser.fullPageScreenshot();
            overflow = (List<?>) browser.script(OVERFLOW);
            numbersOff = width < 600 ? (List<?>) browser.script(NUMBERS_OFF_SCREEN) : List.of();
        } finally {
            browser.resetViewport();
        }
        Path file = SCREENSHOTS.resolve(edition + "-" + shot.name() + "-" + width + ".png");
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertAll(
                () -> assertEquals(width, image.getWidth(), () -> file + ": image width"),
                () -> assertTrue(image.getHeight() >= height / 2, () -> file + ": image height " + image.getHeight()),
                () -> assertTrue(overflow.isEmpty(), () -> page + " at " + width + " px is wider than the screen"
                        + " (WCAG 1.4.10 reflow); overflowing: " + overflow + "; see " + file),
                () -> assertTrue(numbersOff.isEmpty(), () -> page + " at " + width + " px has figures off screen"
                        + " (a reader would have to scroll the table sideways): " + numbersOff + "; see " + file),
                () -> assertTrue(findings.isClean(), () -> findings.describe(page + " at " + width + " px")));
    }
}
