package uz.shaffof.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium for a test class, with the driver's console and network logs switched on.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start(Chromium.require())) {
 *     browser.open(server.url("/uz/"));
 *     PageFindings f = browser.findings(Set.of(server.origin()));
 * }
 * }</pre>
 *
 * <p>Requests are read from ChromeDriver's performance log, which carries the DevTools {@code Network} events.
 * Selenium's typed DevTools API ({@code HasDevTools}) also works with Chromium 156, but only through its nearest
 * bundled protocol version (v153, with a warning) and code bound to that version's classes; the performance log
 * gives the same events without that coupling. Whatever a page asks for, nothing can leave the machine: the
 * browser resolves no host name at all except loopback.
 */
final class Browser implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start(Chromium chromium) {
        Path profile = tempProfile();
        // Selenium asks Selenium Manager for a driver unless it is told where one is; this says where.
        System.setProperty("webdriver.chrome.driver", chromium.driver().toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options(chromium, profile));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(driver, profile);
        // The first tab's own start-up page (chrome://new-tab-page...) must not count against the first test.
        driver.get("about:blank");
        browser.drainLogs();
        return browser;
    }

    private static ChromeOptions options(Chromium chromium, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--user-data-dir=" + profile,
                // Belt and braces for "0 requests to another origin": every host name fails to resolve.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        return options;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads a page and waits until it has run its deferred scripts and painted. */
    void open(URI url) {
        driver.get(url.toString());
        settle();
    }

    /** Waits two animation frames and a tick, so work queued by load and hover handlers has run and logged. */
    void settle() {
        driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(function () { requestAnimationFrame(function () {"
                        + " setTimeout(done, 50); }); });");
    }

    /** Evaluates a script in the current page (or frame) and returns its value. */
    Object script(String source, Object... args) {
        return driver.executeScript(source, args);
    }

    /** Console errors, CSP violations and requests outside {@code allowedOrigins} since the last call. */
    PageFindings findings(Set<String> allowedOrigins) {
        List<String> errors = new ArrayList<>();
        List<String> csp = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                csp.add(message);
            } else if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(message);
            }
        }
        List<String> foreign = requestedUrls().stream()
                .filter(url -> leavesThePage(url) && !allowedOrigins.contains(originOf(url)))
                .toList();
        return new PageFindings(errors, csp, foreign);
    }

    /** Forgets what the logs hold so far. */
    void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    private List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable performance log entry", e);
            }
        }
        return urls;
    }

    /** data:, blob: and about: URLs are made inside the page; everything else is a network request. */
    private static boolean leavesThePage(String url) {
        return !(url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:"));
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * Emulates a viewport of exactly {@code width} x {@code height} CSS pixels at device scale 1; under 600 px wide
     * as a phone (the page's {@code <meta name=viewport>} applies, as on a real phone).
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        // A classic scrollbar would take 15 px of a desktop viewport: the page is laid out and photographed at
        // exactly the width asked for, as with a phone's overlay scrollbars.
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
    }

    /** Back to the window's own size. */
    void resetViewport() {
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", false));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** A PNG of the whole page, not just the viewport. */
    byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x", 0, "y", 0,
                "width", Math.ceil(((Number) size.get("width")).doubleValue()),
                "height", Math.ceil(((Number) size.get("height")).doubleValue()),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("shaffof-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover profile in the temp folder is harmless; the test result is what matters.
        }
    }
}
