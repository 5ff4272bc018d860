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
 * {@code target/failsafe-reports/screenshots/<edition>-<page>-<width>.png}: the home page, a region with data and a
 * chart page, in both editions, at phone width (360 x 800, emulated as a phone) and desktop width (1280 x 900).
 * The one thing checked automatically is reflow (WCAG 1.4.10): nothing may be wider than the phone's screen.
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

    static final List<Shot> SHOTS = List.of(
            new Shot("home", ""),
            new Shot("region-andijon", "regions/andijon/"),
            new Shot("chart-portal-appeals-received", "charts/portal-appeals-received/"));

    static final List<int[]> SIZES = List.of(new int[] {360, 800}, new int[] {1280, 900});

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

    Stream<Arguments> shots() {
        return Stream.of(Edition.values()).flatMap(e -> SHOTS.stream()
                .flatMap(s -> SIZES.stream().map(size -> Arguments.of(e.prefix(), s, size[0], size[1]))));
    }

    @ParameterizedTest(name = "{0}-{1}-{2}")
    @MethodSource("shots")
    void screenshot(String edition, Shot shot, int width, int height) throws IOException {
        SitePage page = pages.get("/" + edition + "/" + shot.route());
        browser.viewport(width, height);
        PageFindings findings;
        byte[] png;
        List<?> overflow;
        try {
            findings = open(page);
            png = browser.fullPageScreenshot();
            overflow = (List<?>) browser.script(OVERFLOW);
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
                () -> assertTrue(findings.isClean(), () -> findings.describe(page + " at " + width + " px")));
    }
}
