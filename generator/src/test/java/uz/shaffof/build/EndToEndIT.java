package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.RealSite;

/** Checks the real site ({@link RealSite}: content/ and templates/, built once per JVM) as a reader (and a crawler) sees it. */
class EndToEndIT {
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** Names that are written in Latin letters in Cyrillic text too (formats, standards, software). */
    private static final List<String> PROPER_NAMES = List.of("Atom", "JavaScript", "Unicode", "Karantininfo",
            "Dnevnik", "UzTransliterator", "fitrat", "Excel", "Windows", "Telegram", "Facebook");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b\\p{IsLatin}[\\p{IsLatin}\u02BB\u02BC'-]*");

    static Map<String, OutputFile> site;

    @BeforeAll
    static void build() {
        site = RealSite.files();
    }

    private static Document html(String path) {
        OutputFile f = site.get(path);
        assertNotNull(f, "missing " + path);
        return Jsoup.parse(f.text());
    }

    private static List<String> pages(String prefix) {
        return site.keySet().stream().filter(p -> p.startsWith(prefix) && p.endsWith(".html")).toList();
    }

    @Test
    void everyPageExistsInBothEditions() {
        List<String> uz = pages("uz/").stream().map(p -> p.substring(3)).toList();
        List<String> oz = pages("oz/").stream().map(p -> p.substring(3)).toList();
        assertEquals(uz, oz);
        assertTrue(uz.size() >= 30, "only " + uz.size() + " pages");
        for (String required : List.of("index.html", "regions/index.html", "regions/andijon/index.html",
                "indicators/index.html", "reports/index.html", "reports/andijan-ict-2016/index.html",
                "about/index.html", "methodology/index.html", "404.html", "portal/index.html", "websites/index.html",
                "projects/index.html", "data/index.html", "search/index.html", "translit/index.html")) {
            assertTrue(uz.contains(required), "no " + required);
        }
        assertTrue(site.containsKey("sitemap.xml") && site.containsKey("robots.txt") && site.containsKey("index.html"));
    }

    @Test
    void langAttributesAndHreflangPairsPointAtEachOther() {
        for (String p : pages("uz/")) {
            String twin = "oz/" + p.substring(3);
            Document latn = html(p);
            Document cyrl = html(twin);
            assertEquals("uz-Latn", latn.selectFirst("html").attr("lang"), p);
            assertEquals("uz-Cyrl", cyrl.selectFirst("html").attr("lang"), twin);
            String latnSelf = latn.selectFirst("link[hreflang=uz-Latn]").attr("href");
            String latnTwin = latn.selectFirst("link[hreflang=uz-Cyrl]").attr("href");
            assertEquals(latnSelf, cyrl.selectFirst("link[hreflang=uz-Latn]").attr("href"), p);
            assertEquals(latnTwin, cyrl.selectFirst("link[hreflang=uz-Cyrl]").attr("href"), p);
            assertTrue(latnTwin.contains("/oz/"), latnTwin);
        }
    }

    @Test
    void languageSwitcherLandsOnTheTwinPage() {
        for (String p : pages("uz/")) {
            if (p.startsWith("uz/embed/")) continue; // framed on other sites: no navigation, by design
            Element sw = html(p).selectFirst("a.switch");
            assertNotNull(sw, p);
            String target = resolve(p, sw.attr("href"));
            assertEquals("oz/" + p.substring(3), target, "switcher of " + p);
        }
    }

    /** Resolves a relative (or, on 404 pages, root-relative) href against a page path. */
    static String resolve(String page, String href) {
        String base = href.startsWith("/") ? "" : page.substring(0, page.lastIndexOf('/') + 1);
        Path p = Path.of("/" + base + (href.startsWith("/") ? href.substring(1) : href)).normalize();
        String s = p.toString().substring(1);
        return href.endsWith("/") || href.isEmpty() ? s + "/index.html" : s;
    }

    @Test
    void aKnownAndijanFigureAppearsInBothScripts() {
        // Raw HTML: the figure must be written with a no-break space, which jsoup's text() would flatten.
        assertTrue(site.get("uz/portal/index.html").text().contains("12\u00A0572"), "12 572 appeals (2016), Latin");
        assertTrue(site.get("oz/portal/index.html").text().contains("12\u00A0572"), "12 572 appeals (2016), Cyrillic");
        String latn = html("uz/portal/index.html").text();
        String cyrl = html("oz/portal/index.html").text();
        assertTrue(latn.contains("Andijon"), latn);
        assertTrue(cyrl.contains("Андижон"), cyrl);
        String region = html("uz/regions/andijon/index.html").text();
        assertTrue(region.contains("85,7"), "85,7 km of fibre on the Andijan page");
    }

    @Test
    void noCyrillicLetterInTheLatinEdition() {
        List<String> offences = new ArrayList<>();
        for (String p : pages("uz/")) {
            for (String text : texts(html(p), "uz-Cyrl")) {
                Matcher m = CYRILLIC.matcher(text);
                if (m.find()) offences.add(p + ": " + text.strip());
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void noLatinWordInTheCyrillicEditionExceptNamesAndUnits() {
        List<String> offences = new ArrayList<>();
        for (String p : pages("oz/")) {
            for (String text : texts(html(p), "uz-Latn")) {
                Matcher m = LATIN_WORD.matcher(text);
                while (m.find()) {
                    if (!allowedLatin(text, m)) offences.add(p + ": " + m.group() + " in «" + text.strip() + "»");
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    /**
     * Latin that belongs in Cyrillic text: brand names in capitals (ASKDOCTOR, DVBT-2), domains, paths and
     * addresses (a citation's URL), Roman numerals, file formats, the licence's name and a few proper names.
     */
    private static boolean allowedLatin(String text, Matcher m) {
        String w = m.group();
        int end = m.end();
        boolean domain = end < text.length() && text.charAt(end) == '.' && end + 1 < text.length()
                && Character.isLetter(text.charAt(end + 1));
        boolean afterDot = m.start() > 0 && (text.charAt(m.start() - 1) == '.' || text.charAt(m.start() - 1) == '/');
        boolean scheme = text.startsWith("://", end);
        return w.equals(w.toUpperCase(java.util.Locale.ROOT)) || domain || afterDot || scheme || PROPER_NAMES.contains(w);
    }

    /**
     * The text nodes of a page's body, skipping code, the embed snippet, quotes of a source as it was written
     * (the originals of published corrections) and anything explicitly marked as the other script.
     */
    private static List<String> texts(Document d, String otherLang) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                Element parent = (Element) t.parent();
                if (parent.closest("code, pre, script, textarea, .original, [lang=" + otherLang + "]") == null) out.add(t.text());
            }
        }, d.body());
        return out;
    }

    @Test
    void sitemapListsBothEditionsWithAlternatesAndXDefault() {
        String xml = site.get("sitemap.xml").text();
        assertTrue(xml.contains("/uz/regions/andijon/</loc>"), "sitemap");
        assertTrue(xml.contains("hreflang=\"x-default\""), "x-default");
        assertTrue(xml.contains("/oz/regions/andijon/</loc>"), "sitemap oz");
    }

    @Test
    void theStatedPassRateIsShownBesideTheComputedOne() {
        String page = html("uz/regions/andijon/index.html").text();
        assertTrue(page.contains("37,7"), "computed 37,7 %");
        assertTrue(page.contains("42,2"), "stated 42,2 %");
    }

    @Test
    void outputContainsNoBuildTimestamp() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        for (OutputFile f : site.values()) {
            if (f.path().endsWith(".png")) continue;
            assertFalse(new String(f.bytes(), StandardCharsets.UTF_8).contains(today), f.path() + " contains today's date");
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
