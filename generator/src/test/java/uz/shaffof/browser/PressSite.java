package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;

/**
 * A press office's web site on another origin ({@link ForeignOrigin}), where a test pastes the embed snippet a chart
 * page publishes into a news page ({@code browser/embed-host.html}), as the office's editor would.
 */
final class PressSite implements AutoCloseable {
    private final ForeignOrigin origin;
    private final String hostTemplate;

    private PressSite(ForeignOrigin origin, String hostTemplate) {
        this.origin = origin;
        this.hostTemplate = hostTemplate;
    }

    static PressSite start() {
        String hostTemplate = resource("/browser/embed-host.html");
        return new PressSite(ForeignOrigin.start(), hostTemplate);
    }

    String origin() {
        return origin.origin();
    }

    /**
     * The snippet the chart page of {@code embed} publishes: the value of its {@code #embed-code} box as a browser
     * shows it (the HTML parser's textarea rules; jsoup implements the same), read from the built file, since loading
     * the chart page for it would double a test's time.
     */
    static String publishedSnippet(SitePages pages, SitePage embed) {
        SitePage chartPage = pages.get(embed.path().replace("/embed/", "/charts/"));
        Element box = pages.html(chartPage).getElementById("embed-code");
        assertNotNull(box, () -> chartPage + " has no #embed-code box");
        return box.val();
    }

    /** Publishes the news page {@code /news/NAME.html} with {@code snippet} pasted into it; returns its URL. */
    URI publishNews(String name, String snippet) {
        return origin.publish("/news/" + name + ".html", hostTemplate.replace("{{snippet}}", snippet));
    }

    @Override
    public void close() {
        origin.close();
    }

    private static String resource(String name) {
        try (InputStream in = PressSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
