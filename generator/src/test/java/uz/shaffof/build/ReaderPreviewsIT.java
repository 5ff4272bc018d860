package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.RealSite;

/**
 * What a reader sees around the figures, on the real content: every page's link preview (a 1200x630 card that
 * exists, a region's own region highlighted on its card), the "cite this" text, dates and share links of every
 * chart and dataset, and the "not found" pages.
 */
class ReaderPreviewsIT {
    /** The highlight colour of {@code PreviewCard}'s map (Okabe–Ito vermillion). */
    private static final int HIGHLIGHT = 0xd55e00;

    static Map<String, OutputFile> site;
    static String baseUrl;
    static JsonNode siteJson;

    @BeforeAll
    static void build() throws IOException {
        site = RealSite.files();
        siteJson = new ObjectMapper().readTree(Files.readString(ProjectFixture.root().resolve("content/site.json")));
        baseUrl = siteJson.path("baseUrl").asText().replaceAll("/$", "");
    }

    private static Document page(String path) {
        OutputFile f = site.get(path);
        assertNotNull(f, () -> "no " + path + " in the site");
        return Jsoup.parse(f.text(), baseUrl + "/" + path);
    }

    private static List<String> htmlPages() {
        return site.keySet().stream().filter(p -> p.endsWith(".html") && !p.matches("(uz|oz)/embed/.*")).toList();
    }

    private static BufferedImage image(String path) {
        try {
            return ImageIO.read(new ByteArrayInputStream(site.get(path).bytes()));
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** The site path of a page's og:image (which must be on the site). */
    private static String ogImagePath(String page) {
        Element meta = page(page).selectFirst("meta[property=og:image]");
        assertNotNull(meta, () -> page + " has no og:image");
        String url = meta.attr("content");
        assertTrue(url.startsWith(baseUrl + "/"), () -> page + ": og:image " + url + " is not on " + baseUrl);
        return url.substring(baseUrl.length() + 1);
    }

    @Test
    void everyPageButEmbedsHasALinkPreviewOf1200By630() {
        List<String> problems = new ArrayList<>();
        Map<String, BufferedImage> seen = new HashMap<>();
        for (String page : htmlPages()) {
            Element meta = page(page).selectFirst("meta[property=og:image]");
            if (meta == null) {
                problems.add(page + ": no og:image");
                continue;
            }
            String path = ogImagePath(page);
            if (!site.containsKey(path)) {
                problems.add(page + ": og:image " + path + " is not in the site");
                continue;
            }
            BufferedImage img = seen.computeIfAbsent(path, ReaderPreviewsIT::image);
            if (img == null || img.getWidth() != 1200 || img.getHeight() != 630) {
                problems.add(page + ": og:image " + path + " is "
                        + (img == null ? "not a PNG" : img.getWidth() + "x" + img.getHeight()) + ", not 1200x630");
            }
        }
        assertTrue(htmlPages().size() > 100, "the real site has its pages");
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void eachKindOfPageHasItsOwnPreview() {
        // The section pages a reader shares most: each has a card of its own, not a chart's picture or nothing.
        for (String ed : List.of("uz", "oz")) {
            for (String section : List.of("", "regions/", "indicators/", "portal/", "reports/", "outcomes/",
                    "projects/", "data/", "websites/", "search/")) {
                String page = ed + "/" + section + "index.html";
                assertEquals(ed + "/" + section + "preview.png", ogImagePath(page), page);
            }
        }
    }

    @Test
    void aRegionsPreviewHighlightsThatRegion() throws IOException {
        Map<String, int[]> grid = tileGrid();
        Map<String, double[]> centres = new TreeMap<>();
        for (JsonNode r : regions()) {
            String code = r.path("code").asText();
            for (String ed : List.of("uz", "oz")) {
                String page = ed + "/regions/" + r.path("slug").asText() + "/index.html";
                String path = ogImagePath(page);
                assertEquals(ed + "/regions/" + r.path("slug").asText() + "/preview.png", path, page);
                double[] centre = highlightCentre(image(path));
                assertNotNull(centre, () -> page + ": " + path + " highlights no region");
                if (ed.equals("uz")) centres.put(code, centre);
            }
        }
        assertEquals(grid.keySet(), centres.keySet(), "every unit of the tile grid has a region page");
        // The highlighted tile is where the tile grid puts the page's region: ordered as the grid's columns and rows.
        List<String> wrong = new ArrayList<>();
        for (String a : centres.keySet()) {
            for (String b : centres.keySet()) {
                int[] ga = grid.get(a);
                int[] gb = grid.get(b);
                double[] ca = centres.get(a);
                double[] cb = centres.get(b);
                if (ga[0] < gb[0] && !(ca[0] < cb[0]) || ga[1] < gb[1] && !(ca[1] < cb[1])) {
                    wrong.add(a + " (column " + ga[0] + ", row " + ga[1] + ", highlight at " + (int) ca[0] + ","
                            + (int) ca[1] + ") vs " + b + " (column " + gb[0] + ", row " + gb[1] + ", highlight at "
                            + (int) cb[0] + "," + (int) cb[1] + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> "highlights not where the regions are:\n" + String.join("\n", wrong));
    }

    @Test
    void everyChartAndDatasetSaysItsDatesAndHowToCiteAndShareIt() {
        String asOf = siteJson.path("asOf").asText();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String path : site.keySet()) {
            if (!path.matches("(uz|oz)/(charts|data)/[^/]+/index\\.html")) continue;
            checked++;
            Document d = page(path);
            String canonical = d.selectFirst("link[rel=canonical]").attr("href");
            String title = d.selectFirst("h1").text();
            String siteTitle = d.selectFirst("meta[property=og:site_name]").attr("content");
            Element cite = d.selectFirst(".cite-text");
            if (cite == null) {
                problems.add(path + ": no citation (.cite-text)");
            } else if (!(cite.text().startsWith(siteTitle + " (") && cite.text().contains(title)
                    && cite.text().contains(canonical) && cite.text().matches(".*\\(\\d{4}\\).*"))) {
                problems.add(path + ": the citation lacks publisher, year, title or URL: " + cite.text());
            }
            if (d.select(".provenance time[datetime=" + asOf + "]").isEmpty()) {
                problems.add(path + ": no 'data as of' date " + asOf);
            }
            if (d.select(".provenance time").size() < 2) {
                problems.add(path + ": no 'last updated' date");
            }
            String encoded = URLEncoder.encode(canonical, StandardCharsets.UTF_8);
            for (String share : List.of("https://t.me/share/url?url=" + encoded,
                    "https://www.facebook.com/sharer/sharer.php?u=" + encoded, "https://x.com/intent/post?url=" + encoded,
                    "mailto:?subject=")) {
                if (d.select(".share a[href^=" + quoted(share) + "]").isEmpty()) {
                    problems.add(path + ": no share link starting " + share);
                }
            }
        }
        int count = checked;
        assertTrue(count > 40, () -> "only " + count + " chart and dataset pages");
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void notFoundPagesSayWhatIsMissingAndLeadHomeAndToSearchInBothScripts() {
        for (String path : List.of("404.html", "uz/404.html", "oz/404.html")) {
            Document d = page(path);
            String html = d.outerHtml();
            assertAll(path,
                    () -> assertTrue(d.selectFirst("h1").text().contains("404"), () -> path + ": h1 " + d.selectFirst("h1")),
                    () -> assertFalse(d.select("a[href$=/uz/search/]").isEmpty(), () -> path + ": no Latin search link"),
                    () -> assertFalse(d.select("a[href$=/oz/search/]").isEmpty(), () -> path + ": no Cyrillic search link"),
                    () -> assertFalse(d.select("a[href$=/uz/]").isEmpty(), () -> path + ": no Latin home link"),
                    () -> assertFalse(d.select("a[href$=/oz/]").isEmpty(), () -> path + ": no Cyrillic home link"),
                    () -> assertTrue(html.contains("Sahifa topilmadi") && html.contains("Саҳифа топилмади"),
                            () -> path + ": does not say 'not found' in both scripts"),
                    () -> assertTrue(d.select("a.button").isEmpty(), () -> path + ": still the script chooser"));
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private static JsonNode regions() throws IOException {
        return new ObjectMapper().readTree(Files.readString(ProjectFixture.root().resolve("content/regions.json")))
                .path("regions");
    }

    /** Column and row of each unit, from the chart package's tile grid. */
    private static Map<String, int[]> tileGrid() throws IOException {
        Map<String, int[]> grid = new TreeMap<>();
        try (InputStream in = ReaderPreviewsIT.class.getResourceAsStream("/chart/tile-grid.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                grid.put(c[0], new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[2])});
            }
        }
        return grid;
    }

    /** The centre of the pixels in the highlight colour, or null when there are none worth a tile. */
    private static double[] highlightCentre(BufferedImage img) {
        long sx = 0;
        long sy = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == HIGHLIGHT) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return n < 1000 ? null : new double[] {sx / (double) n, sy / (double) n};
    }
}
