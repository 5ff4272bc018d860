package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uz.shaffof.gate.UrlTarget.Kind;

class SiteUrlsTest {
    private final SiteUrls root = new SiteUrls("https://shaffof.uz/");
    private final SiteUrls under = new SiteUrls("https://example.org/shaffof/");

    private static UrlTarget file(String path, String fragment) {
        return new UrlTarget(Kind.SITE_FILE, path, fragment);
    }

    @Test
    void resolvesRelativeUrlsAgainstThePageDirectory() {
        assertEquals(file("uz/regions/index.html", null), root.resolve("uz/index.html", "regions/"));
        assertEquals(file("oz/index.html", "top"), root.resolve("uz/regions/index.html", "../../oz/#top"));
        assertEquals(file("uz/index.html", null), root.resolve("uz/index.html", "?page=2"));
        assertEquals(file("uz/index.html", "a"), root.resolve("uz/index.html", " #a "));
        assertEquals(file("uz/index.html", null), root.resolve("uz/regions/index.html", ".."));
    }

    @Test
    void resolvesRootRelativeAndAbsoluteUrlsUnderTheBasePath() {
        assertEquals(file("uz/index.html", null), under.resolve("oz/index.html", "/shaffof/uz/"));
        assertEquals(file("index.html", null), under.resolve("oz/index.html", "https://EXAMPLE.org/shaffof"));
        assertEquals(file("index.html", null), under.resolve("oz/index.html", "//example.org/shaffof/"));
        assertEquals(Kind.OUTSIDE_SITE, under.resolve("oz/index.html", "/other/").kind());
        assertEquals(Kind.OUTSIDE_SITE, under.resolve("oz/index.html", "../../x").kind());
    }

    @Test
    void decodesPercentEscapesInPathAndFragment() {
        assertEquals(file("uz/a b.html", "андижон"),
                root.resolve("uz/index.html", "a%20b.html#%D0%B0%D0%BD%D0%B4%D0%B8%D0%B6%D0%BE%D0%BD"));
        assertEquals(Kind.MALFORMED, root.resolve("uz/index.html", "%FF.html").kind());
    }

    @Test
    void tellsOtherOriginsFromTheSiteEvenWhenTheHostLooksAlike() {
        assertEquals(Kind.OFF_SITE, root.resolve("index.html", "https://shaffof.uz.example.org/").kind());
        assertEquals(Kind.OFF_SITE, root.resolve("index.html", "http://cdn.example.org/x.js").kind());
        assertEquals(Kind.OFF_SITE, root.resolve("index.html", "\\\\cdn.example.org/x.js").kind());
        assertEquals(Kind.OTHER_SCHEME, root.resolve("index.html", "mailto:info@shaffof.uz").kind());
    }
}
