package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where Debian's Chromium and its ChromeDriver are ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; the
 * system properties {@code shaffof.chromium} and {@code shaffof.chromedriver} override them). The driver path is
 * always given to Selenium explicitly, so Selenium Manager never tries to download a browser or a driver.
 */
record Chromium(Path browser, Path driver) {

    static final String INSTALL = "apt-get install -y --no-install-recommends chromium chromium-driver";

    /**
     * The installed browser; if it is missing the calling test is skipped, or failed under {@code CI=true}, where
     * {@code .ci/run} installs both packages and a skipped browser suite would hide a broken CI machine.
     */
    static Chromium require() {
        Chromium chromium = new Chromium(
                Path.of(System.getProperty("shaffof.chromium", "/usr/bin/chromium")),
                Path.of(System.getProperty("shaffof.chromedriver", "/usr/bin/chromedriver")));
        String missing = chromium.missing();
        if (!missing.isEmpty()) {
            unavailable("Browser tests need Debian's Chromium and ChromeDriver; missing: " + missing
                    + ". Install them with: " + INSTALL);
        }
        return chromium;
    }

    /** Skips the tests, or fails them when {@code CI=true}: CI must never pass without running them. */
    static void unavailable(String message) {
        if (onCi()) {
            fail(message + " (CI=true: failing instead of skipping)");
        }
        Assumptions.abort(message);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private String missing() {
        StringBuilder missing = new StringBuilder();
        for (Path p : new Path[] {browser, driver}) {
            if (!Files.isExecutable(p)) {
                missing.append(missing.length() == 0 ? "" : ", ").append(p);
            }
        }
        return missing.toString();
    }
}
