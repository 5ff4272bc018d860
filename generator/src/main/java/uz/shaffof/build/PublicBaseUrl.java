package uz.shaffof.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * Whether a base URL can be published. Every absolute link of the site (canonical, hreflang, the feed, og:image,
 * the iframe snippet a press office copies, the embed's link back) starts with it, so a placeholder host makes
 * every pasted embed an empty frame and every link preview imageless. The hosts refused are the ones reserved
 * for examples, tests and the local machine (RFC 2606, RFC 6761, RFC 6762): a real site cannot be served there.
 */
public final class PublicBaseUrl {
    private static final List<String> RESERVED_SUFFIXES = List.of(".example", ".test", ".invalid", ".local",
            ".localhost", ".example.com", ".example.org", ".example.net");
    private static final List<String> RESERVED_HOSTS = List.of("example", "test", "invalid", "local", "localhost",
            "example.com", "example.org", "example.net", "0.0.0.0", "[::1]", "::1");

    private PublicBaseUrl() {}

    /**
     * The problem with publishing under {@code url}, located at {@code pos} (where it is written), or empty when
     * the URL has a public host.
     */
    public static Optional<Problem> check(String url, SourcePos pos) {
        if (url == null || url.isBlank()) {
            return Optional.of(Problem.error(pos, "baseUrl is empty: the published site needs its public address, "
                    + "for example \"https://owner.github.io/shaffof\""));
        }
        String host = host(url);
        if (host == null || !isPlaceholder(host)) return Optional.empty();
        return Optional.of(Problem.error(pos, "baseUrl \"" + url + "\" is a placeholder or local address (" + host
                + "), and every embed snippet, feed and link preview of a published site would point there: "
                + "set the site's public address here, pass --base-url URL, or add --preview for a local build"));
    }

    /** True for hosts reserved for examples, tests or this machine. */
    static boolean isPlaceholder(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (RESERVED_HOSTS.contains(h) || h.startsWith("127.")) return true;
        for (String suffix : RESERVED_SUFFIXES) {
            if (h.endsWith(suffix)) return true;
        }
        return false;
    }

    /** The host of {@code url}, or null when it has none (the link gate reports malformed URLs). */
    private static String host(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
