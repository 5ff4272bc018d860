package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.RealSite;

/**
 * The published site as a whole, on the real content: page weight budgets (gzip, as a phone downloads them),
 * everything every chart must carry, navigation to every section, and valid feeds.
 */
class PublishedSiteIT {
    static Map<String, OutputFile> site;

    @BeforeAll
    static void build() {
        site = RealSite.files();
    }

    static int gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HTML + the stylesheet + every script the page loads before a reader asks to explore, gzipped. */
    static int weight(String page) {
        OutputFile html = site.get(page);
        Document d = Jsoup.parse(html.text());
        int total = gzip(html.bytes());
        List<String> refs = new ArrayList<>();
        d.select("link[rel=stylesheet]").forEach(l -> refs.add(l.attr("href")));
        d.select("script[src]").forEach(s -> refs.add(s.attr("src")));
        for (String ref : refs) {
            String path = EndToEndIT.resolve(page, ref);
            assertNotNull(site.get(path), page + " loads missing " + path);
            total += gzip(site.get(path).bytes());
        }
        return total;
    }

    @Test
    void regionAndIndicatorPagesWeighAtMostSixtyKilobytesBeforeExplore() {
        for (String page : site.keySet()) {
            if (page.matches("(uz|oz)/(regions|indicators)/.*index\\.html")) {
                int kb = weight(page);
                assertTrue(kb <= 60 * 1024, page + " weighs " + kb + " bytes gzipped");
            }
        }
    }

    @Test
    void embedPagesWeighAtMostTwentyKilobytes() {
        int checked = 0;
        for (String page : site.keySet()) {
            if (page.matches("(uz|oz)/embed/.*index\\.html")) {
                assertTrue(weight(page) <= 20 * 1024, page + " weighs " + weight(page) + " bytes gzipped");
                checked++;
            }
        }
        assertTrue(checked >= 10, "only " + checked + " embed pages");
    }

    @Test
    void theInteractiveBundleLoadedOnDemandIsAtMostThreeHundredKilobytes() {
        OutputFile bundle = site.values().stream().filter(f -> f.path().matches("assets/vendor/echarts-[0-9.]+/echarts\\..*\\.js")
                && !f.path().contains("ssr-client")).findFirst().orElseThrow();
        assertTrue(gzip(bundle.bytes()) <= 300 * 1024, bundle.path() + " is " + gzip(bundle.bytes()) + " bytes gzipped");
        // ... and no page loads it up front: chart.js fetches it when a reader presses "explore".
        for (String page : site.keySet()) {
            if (page.endsWith(".html")) {
                assertTrue(Jsoup.parse(site.get(page).text()).select("script[src*=echarts.common]").isEmpty(), page);
            }
        }
    }

    @Test
    void everyChartCarriesTableSourceDownloadsAndEmbedInBothEditions() {
        int charts = 0;
        for (String page : site.keySet()) {
            if (!page.endsWith(".html") || !(page.startsWith("uz/") || page.startsWith("oz/"))) continue;
            if (page.contains("/embed/")) continue; // the embed kit carries less: see the next test
            Document d = Jsoup.parse(site.get(page).text());
            for (Element fig : d.select("figure[data-chart]")) {
                charts++;
                String where = page + " " + fig.id();
                // A tile map whose tiles are links is a named group (an image's children are hidden from screen readers).
                assertNotNull(fig.selectFirst("svg[role=img][aria-label], svg[role=group][aria-label]"),
                        where + ": accessible SVG");
                assertNotNull(fig.selectFirst("table"), where + ": data table");
                assertTrue(fig.text().contains(page.startsWith("uz/") ? "Manba" : "Манба"), where + ": source line");
                assertNotNull(fig.selectFirst("a[rel=license]"), where + ": licence");
                for (String ext : List.of(".csv", ".json", ".svg", ".png")) {
                    Element a = fig.selectFirst("a[href$=" + ext + "]");
                    assertNotNull(a, where + ": download " + ext);
                    assertNotNull(site.get(EndToEndIT.resolve(page, a.attr("href"))), where + ": " + a.attr("href"));
                }
                boolean embed = fig.selectFirst("a[href*=#embed]") != null || d.selectFirst("textarea#embed-code") != null
                        || page.contains("/embed/");
                assertTrue(embed, where + ": embed");
            }
        }
        assertTrue(charts >= 40, "only " + charts + " charts found");
    }

    @Test
    void embedPagesCarryTheChartItsTitleSourceAndALinkBack() {
        for (String page : site.keySet()) {
            if (!page.matches("(uz|oz)/embed/.*index\\.html")) continue;
            Document d = Jsoup.parse(site.get(page).text());
            Element fig = d.selectFirst("figure[data-chart]");
            assertNotNull(fig, page);
            assertNotNull(fig.selectFirst("svg[role=img][aria-label] > title"), page + ": chart with its title");
            assertTrue(fig.text().contains(page.startsWith("uz/") ? "Manba" : "Манба"), page + ": source line");
            Element back = fig.selectFirst("a[href*=/charts/][target=_blank]");
            assertNotNull(back, page + ": link back to the chart page");
            assertTrue(back.attr("rel").contains("noopener") && back.attr("rel").contains("noreferrer"), page);
            assertTrue(d.select("nav, form").isEmpty(), page + ": no navigation or forms in an embed");
        }
    }

    @Test
    void everySectionIsLinkedFromTheNavigationInBothEditions() {
        for (String ed : List.of("uz", "oz")) {
            Document home = Jsoup.parse(site.get(ed + "/index.html").text());
            List<String> nav = home.select("nav.site-nav a").eachAttr("href");
            for (String section : List.of("regions/", "indicators/", "portal/", "websites/", "projects/", "outcomes/",
                    "reports/", "data/", "search/", "about/")) {
                assertTrue(nav.contains("../" + ed + "/" + section), ed + " navigation lacks " + section + ": " + nav);
                assertTrue(site.containsKey(ed + "/" + section + "index.html"), ed + "/" + section);
            }
        }
    }

    @Test
    void atomFeedsParseAndListTheReports() throws Exception {
        for (String ed : List.of("uz", "oz")) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.get(ed + "/feed.xml").bytes()));
            var root = feed.getDocumentElement();
            assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            for (String required : List.of("id", "title", "updated", "author")) {
                assertEquals(1, root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength()
                        - nestedCount(root, required), ed + " feed " + required);
            }
            var entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            assertTrue(entries.getLength() >= 2, ed + ": both reports");
            for (int i = 0; i < entries.getLength(); i++) {
                var entry = (org.w3c.dom.Element) entries.item(i);
                for (String required : List.of("id", "title", "updated", "link")) {
                    assertEquals(1, entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength(),
                            ed + " entry " + i + " " + required);
                }
                assertTrue(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0)
                        .getTextContent().matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z"));
            }
            Document page = Jsoup.parse(site.get(ed + "/index.html").text());
            assertNotNull(page.selectFirst("link[rel=alternate][type=application/atom+xml][href$=feed.xml]"));
        }
    }

    /** Elements of a name inside entries, so the feed-level count can exclude them. */
    private static int nestedCount(org.w3c.dom.Element root, String name) {
        var entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        int n = 0;
        for (int i = 0; i < entries.getLength(); i++) {
            n += ((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).getLength();
        }
        return n;
    }

    @Test
    void regionAndChartPagesHaveALinkPreviewPictureInTheirScript() {
        for (String page : site.keySet()) {
            if (!page.matches("(uz|oz)/(regions/[a-z-]+|charts/[a-z0-9-]+)/index\\.html")) continue;
            Element og = Jsoup.parse(site.get(page).text()).selectFirst("meta[property=og:image]");
            assertNotNull(og, page + " has no og:image");
            String path = og.attr("content").replaceFirst("^https?://[^/]+/", "");
            assertTrue(path.startsWith(page.substring(0, 3)), page + ": preview in its own script: " + path);
            byte[] png = site.get(path).bytes();
            assertEquals(1200, readInt(png, 16), path + " width");
            assertEquals(630, readInt(png, 20), path + " height");
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
