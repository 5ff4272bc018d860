package uz.shaffof.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A browser test of the embeds: the site, a browser, and a {@link PressSite} to paste the snippets into. */
abstract class EmbedTestBase extends BrowserTestBase {
    PressSite pressSite;

    @BeforeAll
    void startPressSite() {
        pressSite = PressSite.start();
    }

    @AfterAll
    void stopPressSite() {
        if (pressSite != null) {
            pressSite.close();
        }
    }
}
