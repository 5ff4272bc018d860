package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.RealSite;

/**
 * Derived figures as a reader sees them on the real content, in both editions: computed from the raw figures,
 * a percentage's change in percentage points, no rank among a single region.
 */
class ReaderFiguresIT {
    static Map<String, String> pages;
    static Map<String, org.jsoup.nodes.Document> html;
    static Map<String, String> searchDocs;

    @BeforeAll
    static void build() {
        pages = new TreeMap<>();
        html = new TreeMap<>();
        searchDocs = new TreeMap<>();
        for (OutputFile f : RealSite.files().values()) {
            if (f.path().endsWith("search/docs.json")) searchDocs.put(f.path(), f.text());
            if (!f.path().endsWith(".html")) continue;
            org.jsoup.nodes.Document d = Jsoup.parse(f.text());
            html.put(f.path(), d);
            pages.put(f.path(), d.body().text().replace('\u00A0', ' '));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void lateShareChangeIsComputedFromTheRawCounts(String edition) {
        // 546 / 8372 → 390 / 12572 is −52,43… % from the raw counts; the rounded 6,5 % and 3,1 % would give −52,3.
        String portal = pages.get(edition + "/portal/index.html");
        assertTrue(portal.contains("52,4 %"), portal);
        assertFalse(portal.contains("52,3"), portal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void aChangeOfAPercentageIsInPercentagePoints(String edition) {
        String points = edition.equals("uz") ? "foiz punkti" : "фоиз пункти";
        String page = pages.get(edition + "/indicators/digital-tv-coverage/index.html");
        assertTrue(page.contains(points), page);
        // An absolute change written "+5 %" reads as a relative change.
        assertFalse(page.matches("(?s).*[+−][\\d ]*\\d(,\\d+)? % \\([+−].*"), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void noRankAmongASingleRegion(String edition) {
        pages.forEach((path, text) -> {
            if (path.startsWith(edition + "/")) assertFalse(text.contains("1 / 1"), path);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void caseSuffixesAreWrittenOnTheirWord(String edition) {
        boolean latin = edition.equals("uz");
        String region = pages.get(edition + "/regions/andijon/index.html");
        assertTrue(region.contains(latin ? "630 000 nafardan ortiq" : "630 000 нафардан ортиқ"), region);
        String loose = latin ? "(?s).*\\b(nafar|ta|ball) (dan|ga)\\b.*" : "(?s).*(нафар|та|балл) (дан|га)(?![а-яўқғҳ]).*";
        pages.forEach((path, text) -> {
            if (path.matches(edition + "/(regions|indicators|portal|charts|embed)/.*")) {
                assertFalse(text.matches(loose), path + ": " + text);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void theQualifierOfAFigureIsInEveryRenderingOfIt(String edition) {
        String qualified = edition.equals("uz") ? "630 000 nafardan ortiq" : "630 000 нафардан ортиқ";
        for (String chart : new String[] {"charts/indicator-internet-users", "embed/indicator-internet-users"}) {
            org.jsoup.nodes.Document d = html.get(edition + "/" + chart + "/index.html");
            String where = edition + "/" + chart;
            assertTrue(d != null, where + " exists");
            assertTrue(flat(d.select("figure svg text").text()).contains(qualified), where + ": SVG label");
            assertTrue(flat(d.select("figure svg desc").text()).contains(qualified), where + ": SVG description");
            assertTrue(flat(d.select(".chart-description").text()).contains(qualified), where + ": description");
            if (chart.startsWith("charts/")) { // the embed has no data table and no link preview of its own
                assertTrue(flat(d.select(".chart-table td").text()).contains(qualified), where + ": data table");
                assertTrue(flat(d.select("meta[property=og:description]").attr("content")).contains(qualified),
                        where + ": og:description");
            }
            assertTrue(flat(d.select("script[data-chart-option]").html()).contains(qualified), where + ": option");
        }
        org.jsoup.nodes.Document map = html.get(edition + "/charts/internet-users-map/index.html");
        assertTrue(flat(map.select(".chart-table td").text()).contains(qualified), "map's data table");
        assertTrue(flat(map.select("script[data-chart-option]").html()).contains(qualified), "map's tooltip text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void noTitleIsQuotedTwice(String edition) {
        pages.forEach((path, text) -> {
            if (path.startsWith(edition + "/")) {
                assertFalse(text.contains("««") || text.contains("»»"), path + ": " + text);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void searchNeverOffersAnEmbedPage(String edition) {
        String docs = searchDocs.get(edition + "/search/docs.json");
        assertTrue(docs.contains("\"regions/andijon/\""), docs);
        assertFalse(docs.contains("\"embed/"), docs);
    }

    private static String flat(String s) {
        return s.replace('\u00A0', ' ');
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void aPassageThatGivesSeveralFiguresOfAServiceIsQuotedOnce(String edition) {
        var page = html.get(edition + "/outcomes/index.html");
        var sections = page.select("main section");
        assertTrue(sections.size() >= 6, "every service has its section");
        boolean sharedQuoteSeen = false;
        for (var section : sections) {
            var quotes = section.select(".meta").eachText().stream().filter(t -> t.length() > 60).toList();
            assertTrue(quotes.size() == new java.util.HashSet<>(quotes).size(), "a quote repeated in " + section.text());
            int figures = section.select("li").size();
            if (figures > 1 && quotes.size() == 1) sharedQuoteSeen = true;
        }
        assertTrue(sharedQuoteSeen, "ASKDOCTOR's three figures come from one passage, quoted once under them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void aSpeechsSalutationIsNotASectionOfTheReport(String edition) {
        var report = html.get(edition + "/reports/andijan-ict-2016/index.html");
        String salutation = edition.equals("uz") ? "Muhtaram" : "Муҳтарам";
        assertTrue(report.select("main p").text().contains(salutation), "the salutation is still there, as a line");
        assertTrue(report.select("main h2, main h3, nav.toc").stream().noneMatch(e -> e.text().contains(salutation)),
                "neither a heading nor a table-of-contents entry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void aDateTheSourceDoesNotStateIsNotShownAsExact(String edition) {
        String notStated = edition.equals("uz") ? "yoki undan keyin (manbada sana koʻrsatilmagan)"
                : "ёки ундан кейин (манбада сана кўрсатилмаган)";
        String when = edition.equals("uz") ? "2017-yil 1-yanvar " : "2017 йил 1 январь ";
        assertTrue(pages.get(edition + "/reports/andijan-ict-2016/index.html").contains(when + notStated),
                pages.get(edition + "/reports/andijan-ict-2016/index.html"));
        assertTrue(pages.get(edition + "/reports/index.html").contains(when + notStated), "the list of reports too");
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void noPageShowsTheSameFiguresTwiceAndNoTwoEmbedsAreTheSameChart(String edition) {
        html.forEach((path, page) -> {
            if (!path.startsWith(edition + "/")) return;
            var tables = page.select("figure.chart table").stream().map(t -> t.select("tbody").text()).toList();
            assertTrue(tables.size() == new java.util.HashSet<>(tables).size(), path + " shows a chart twice: " + tables);
        });
        // Each chart page has its embed: no two chart pages with the same figures, no two identical embeds.
        var charts = new TreeMap<String, String>();
        html.forEach((path, page) -> {
            if (!path.startsWith(edition + "/charts/") || path.equals(edition + "/charts/index.html")) return;
            assertTrue(html.containsKey(path.replace("/charts/", "/embed/")), "an embed beside " + path);
            String figures = page.select("figure.chart table tbody").text();
            String other = charts.put(figures, path);
            assertTrue(other == null, path + " and " + other + " show the same figures");
        });
        assertTrue(charts.size() >= 5, "the charts are there: " + charts.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz", "oz"})
    void aDerivedIndicatorIsExplainedWithoutEditorsWordsAndWithItsSuffixesAttached(String edition) {
        String page = pages.get(edition + "/indicators/ict-attestation-pass-rate/index.html");
        String derived = edition.equals("uz") ? "»ning «" : "»нинг «";
        assertTrue(page.contains(derived), page);
        assertFalse(page.contains("» ning") || page.contains("» нинг") || page.contains("» ga ") || page.contains("» га "), page);
        assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains(edition.equals("uz") ? "generator" : "генератор"), page);
    }
}
