package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;

/** A source whose address sources.json gives is a link wherever its line is shown; one without stays plain text. */
class SourceLinksTest {
    @TempDir
    Path dir;

    private static final String REPORT = "https://stat.test.example/reports/2017.pdf";

    private static TestSite withSourceUrl(String url) {
        return TestSite.fixture("minimal").with("content/sources.json", """
                {
                  "sources": [
                    {"id": "src-a", "title": "Синов ҳисоботи", "publisher": "Синов ҳокимлиги", "year": 2017, "url": %s}
                  ]
                }
                """.formatted(url == null ? "null" : "\"" + url + "\""));
    }

    @Test
    void aSourceWithAnAddressIsLinkedOnTheIndicatorDatasetAndRegionPagesOfBothEditions() {
        TestSite.Built built = withSourceUrl(REPORT).build(dir);
        assertTrue(built.ok(), built.messages());
        for (String ed : new String[] {"uz", "oz"}) {
            String indicator = built.text(ed + "/indicators/users/index.html");
            assertTrue(indicator.matches("(?s).*<li><a href=\"" + REPORT + "\">[^<]*2017[^<]*</a></li>.*"), indicator);
            String dataset = built.text(ed + "/data/indicator-users/index.html");
            assertTrue(dataset.contains("<a href=\"" + REPORT + "\">"), dataset);
            String region = built.text(ed + "/regions/andijon/index.html");
            assertTrue(region.contains("<a href=\"" + REPORT + "\">"), region);
        }
    }

    /** Every kind of page that shows a source line: each of them links it, in both editions. */
    @Test
    void everyKindOfSourceLineIsLinked() {
        String interview = "https://stat.test.example/interview";
        TestSite site = TestSite.fixture("every-kind").with("content/sources.json", """
                {
                  "sources": [
                    {"id": "src-a", "title": "Синов ҳисоботи", "publisher": "Синов ҳокимлиги", "year": 2017, "url": "%s"},
                    {"id": "src-b", "title": "Синов суҳбати", "publisher": null, "year": 2020, "url": "%s"}
                  ]
                }
                """.formatted(REPORT, interview));
        TestSite.Built built = site.build(dir);
        assertTrue(built.ok(), built.messages());
        java.util.Set<String> linking = new java.util.TreeSet<>();
        for (String path : built.files().keySet()) {
            if (!path.startsWith("uz/") || !path.endsWith("index.html")) continue;
            String html = built.text(path);
            if (html.contains("<a href=\"" + REPORT + "\">") || html.contains("<a href=\"" + interview + "\">")) {
                linking.add(path.substring(3, path.length() - "index.html".length()));
            }
        }
        for (String route : new String[] {"portal/", "websites/", "outcomes/", "projects/plans/", "reports/report/",
                "regions/andijon/", "indicators/users/", "data/outcomes/"}) {
            assertTrue(linking.contains(route), route + " not among " + linking);
        }
    }

    @Test
    void aSourceWithoutAnAddressIsNotALink() {
        TestSite.Built built = withSourceUrl(null).build(dir);
        assertTrue(built.ok(), built.messages());
        String indicator = built.text("uz/indicators/users/index.html");
        assertTrue(indicator.matches("(?s).*<li>[^<]*2017[^<]*</li>.*"), indicator);
        assertFalse(indicator.contains("stat.test.example"), indicator);
    }
}
