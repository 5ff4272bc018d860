package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Serves the built site and owns one browser for the whole test class (starting Chromium costs seconds; a page
 * costs a fraction of one). The site is {@code ../site} from the module directory, i.e. what {@code package} has
 * just built before failsafe runs; {@code -Dshaffof.site=DIR} points the tests at another build.
 *
 * <p>Per-class lifecycle, so that {@code @MethodSource} factories can read the site's pages once it is known to
 * exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    static final Path SITE = Path.of(System.getProperty("shaffof.site", Path.of("..", "site").toString()));

    SitePages pages;
    SiteServer server;
    Browser browser;

    @BeforeAll
    void startSiteAndBrowser() {
        requireBuiltSite();
        Chromium chromium = Chromium.require();
        pages = SitePages.load(SITE);
        server = SiteServer.serve(SITE);
        browser = Browser.start(chromium);
    }

    @AfterAll
    void stopSiteAndBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The only origin a site page may request anything from. */
    Set<String> siteOnly() {
        return Set.of(server.origin());
    }

    URI url(SitePage page) {
        return server.url(page.path());
    }

    /** Opens a page of the site and returns what went wrong while it loaded. */
    PageFindings open(SitePage page) {
        browser.drainLogs();
        browser.open(url(page));
        return browser.findings(siteOnly());
    }

    private static void requireBuiltSite() {
        if (Files.isRegularFile(SITE.resolve("sitemap.xml"))) {
            return;
        }
        String message = "No built site at " + SITE.toAbsolutePath().normalize() + " (no sitemap.xml): the browser"
                + " tests run after `./mvnw package` has built it";
        if (Boolean.getBoolean("shaffof.skipSite") && !Chromium.onCi()) {
            Assumptions.abort(message + "; skipped because -Dshaffof.skipSite=true");
        }
        fail(message);
    }
}
