package uz.shaffof.browser;

import java.util.Optional;

/** The two editions of the site: a URL prefix and the {@code html[lang]} its pages carry. */
enum Edition {
    LATIN("uz", "uz-Latn"),
    CYRILLIC("oz", "uz-Cyrl");

    private final String prefix;
    private final String lang;

    Edition(String prefix, String lang) {
        this.prefix = prefix;
        this.lang = lang;
    }

    /** The first path segment: {@code uz} or {@code oz}. */
    String prefix() {
        return prefix;
    }

    /** The BCP 47 tag of the edition's pages. */
    String lang() {
        return lang;
    }

    Edition other() {
        return this == LATIN ? CYRILLIC : LATIN;
    }

    /** The edition a site path belongs to, if any: {@code /uz/regions/} is Latin, {@code /} belongs to none. */
    static Optional<Edition> of(String path) {
        for (Edition e : values()) {
            if (path.startsWith("/" + e.prefix + "/")) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The same page in the other edition: URLs use one ASCII slug in both, so only the prefix changes. */
    String twin(String path) {
        return "/" + other().prefix + path.substring(prefix.length() + 1);
    }
}
