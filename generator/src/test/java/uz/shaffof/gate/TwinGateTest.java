package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwinGateTest {
    private static final String LATIN_HEAD = """
            <link rel="alternate" hreflang="uz-Latn" href="https://shaffof.uz/uz/about/">
            <link rel="alternate" hreflang="uz-Cyrl" href="https://shaffof.uz/oz/about/">
            <link rel="alternate" hreflang="x-default" href="https://shaffof.uz/uz/about/">""";

    private static List<String> check(TwinGate gate, String txtar) {
        return SiteFixture.lines(gate.check(SiteFixture.site(txtar)));
    }

    private static String page(String lang, String head) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n" + head + "\n</head>\n<body></body>\n</html>";
    }

    @Test
    void reportsPagesWithoutTwinInEitherDirection() {
        assertEquals(List.of(
                "site/oz/contact/index.html:1:1: oz/contact/index.html has no Latin twin uz/contact/index.html",
                "site/uz/about/index.html:1:1: uz/about/index.html has no Cyrillic twin oz/about/index.html"),
                SiteFixture.lines(new TwinGate().check(SiteFixture.site(
                        "-- uz/about/index.html --\n" + page("uz-Latn", LATIN_HEAD) + "\n"
                        + "-- oz/contact/index.html --\n" + page("uz-Cyrl", """
                                <link rel="alternate" hreflang="uz-Latn" href="/uz/contact/">
                                <link rel="alternate" hreflang="uz-Cyrl" href="/oz/contact/">
                                <link rel="alternate" hreflang="x-default" href="/uz/contact/">""")))));
    }

    @Test
    void reportsWrongLangForTheEdition() {
        assertEquals(List.of("site/oz/about/index.html:2:1: <html lang=\"uz-Latn\">: pages under oz/ must have"
                        + " lang=\"uz-Cyrl\"",
                "site/uz/about/index.html:2:1: <html> without lang: pages under uz/ must have lang=\"uz-Latn\""),
                check(new TwinGate(),
                        "-- uz/about/index.html --\n" + page("uz-Latn", LATIN_HEAD).replace(" lang=\"uz-Latn\"", "")
                        + "\n-- oz/about/index.html --\n" + page("uz-Latn", LATIN_HEAD) + "\n"));
    }

    @Test
    void reportsAlternatesThatAreMissingOrPointElsewhere() {
        assertEquals(List.of(
                "site/oz/about/index.html:3:1: missing <link rel=\"alternate\" hreflang=\"x-default\"> to the Latin"
                        + " edition uz/about/index.html",
                "site/oz/about/index.html:5:1: <link rel=\"alternate\" hreflang=\"uz-Cyrl\"> points at"
                        + " oz/index.html, not at the Cyrillic edition oz/about/index.html",
                "site/oz/about/index.html:6:1: duplicate <link rel=\"alternate\" hreflang=\"uz-Cyrl\">"),
                check(new TwinGate(),
                        "-- uz/about/index.html --\n" + page("uz-Latn", LATIN_HEAD) + "\n"
                        + "-- oz/about/index.html --\n" + page("uz-Cyrl", """
                                <link rel="alternate" hreflang="uz-latn" href="../../uz/about/">
                                <link rel="alternate" hreflang="uz-Cyrl" href="/oz/">
                                <link rel="alternate" hreflang="uz-Cyrl" href="/oz/about/">""") + "\n"));
    }

    @Test
    void skipsPagesTheCallerMarksAsSingleEdition() {
        String txtar = "-- uz/embed/chart-1.html --\n<p>embed</p>\n-- index.html --\n<p>chooser</p>\n";
        assertEquals(List.of(), check(new TwinGate(path -> !path.contains("/") || path.startsWith("uz/embed/")),
                txtar));
        assertEquals(3 + 1 + 1, check(new TwinGate(), txtar).size()); // no twin, lang, three alternates
    }

    @Test
    void cleanSitePasses() {
        assertEquals(List.of(), SiteFixture.lines(new TwinGate().check(SiteFixture.cleanSite())));
    }
}
