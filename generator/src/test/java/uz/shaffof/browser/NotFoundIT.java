package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reader who follows a broken link gets a "not found" page that says so in both scripts, names the address that
 * was asked for, and leads to the home page and the search of both editions; nothing on it fails to load. Missing
 * addresses at the root, under each edition (one in Cyrillic), at 360 and 1280 px. Writes
 * {@code notfound-<case>-<width>.png}.
 */
class NotFoundIT extends BrowserTestBase {

    private static final String PARTS = "var code = document.querySelector('[data-missing-path]');"
            + " var visible = function (el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };"
            + " var hrefs = [].slice.call(document.querySelectorAll('main a')).filter(visible)"
            + "   .map(function (a) { return new URL(a.href).pathname; });"
            + " var h1 = document.querySelector('h1');"
            + " return {h1: h1 ? h1.textContent : '', missing: code && visible(code) ? code.textContent : null,"
            + " links: hrefs, text: document.body.innerText};";

    Stream<Arguments> missing() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of("/no-such-page/", "/uz/no-such-page/", "/oz/йўқ-саҳифа/")) {
            for (int width : new int[] {360, Browser.DESKTOP_WIDTH}) cases.add(Arguments.of(path, width));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("missing")
    void saysWhatIsMissingAndLeadsHomeAndToSearch(String path, int width) throws IOException, URISyntaxException {
        URI url = URI.create(server.origin() + new URI(null, null, path, null).toASCIIString());
        Map<?, ?> parts;
        PageFindings findings;
        byte[] png;
        browser.viewport(width, Browser.DESKTOP_HEIGHT);
        try {
            browser.drainLogs();
            browser.open(url);
            findings = browser.findings(siteOnly());
            parts = (Map<?, ?>) browser.script(PARTS);
            png = browser.fullPageScreenshot();
        } finally {
            browser.resetViewport();
        }
        String name = path.startsWith("/uz/") ? "uz" : path.startsWith("/oz/") ? "oz" : "root";
        Path file = ScreenshotIT.SCREENSHOTS.resolve("notfound-" + name + "-" + width + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);

        // The browser logs the page's own status 404 as an error: that one is the point, anything else is not.
        List<String> otherErrors = findings.consoleErrors().stream()
                .filter(e -> !(e.startsWith(url + " ") && e.contains("status of 404"))).toList();
        List<?> links = (List<?>) parts.get("links");
        String text = (String) parts.get("text");
        String where = path + " at " + width + " px (see " + file + ")";
        assertAll(
                () -> assertTrue(((String) parts.get("h1")).contains("404"), () -> where + ": h1 " + parts.get("h1")),
                () -> assertEquals(path, parts.get("missing"), () -> where + ": the address asked for is not shown"),
                () -> assertTrue(text.contains("Sahifa topilmadi") && text.contains("Саҳифа топилмади"),
                        () -> where + ": does not say 'not found' in both scripts:\n" + text),
                () -> assertTrue(links.containsAll(List.of("/uz/", "/oz/", "/uz/search/", "/oz/search/")),
                        () -> where + ": no visible link to both homes and both searches: " + links),
                () -> assertTrue(findings.cspViolations().isEmpty() && findings.foreignRequests().isEmpty()
                        && otherErrors.isEmpty(), () -> findings.describe(where)));
    }
}
