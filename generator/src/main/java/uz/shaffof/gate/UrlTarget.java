package uz.shaffof.gate;

/**
 * Where a URL written in a page leads.
 *
 * @param kind what sort of place it is
 * @param path for {@link Kind#SITE_FILE}: the site path it names (percent-decoded, no leading slash, a directory
 *     URL already turned into its {@code index.html}); otherwise the URL as written
 * @param fragment the percent-decoded fragment without {@code #}, or null when the URL has none
 */
record UrlTarget(Kind kind, String path, String fragment) {

    /** The sorts of place a URL can lead to. */
    enum Kind {
        /** A file of this site (which may or may not exist). */
        SITE_FILE,
        /** Another origin: {@code http(s)://} or {@code //} not under the site's base URL. */
        OFF_SITE,
        /** Under the site's origin but outside its base path, or above its root through {@code ..}. */
        OUTSIDE_SITE,
        /** A scheme that names no web resource to check, such as {@code mailto:} or {@code tel:}. */
        OTHER_SCHEME,
        /** A percent-encoding that does not decode to UTF-8. */
        MALFORMED
    }

    boolean isSiteFile() {
        return kind == Kind.SITE_FILE;
    }

    boolean isOffSite() {
        return kind == Kind.OFF_SITE;
    }
}
