package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;

/**
 * {@code publisher} in site.json: when a site names who publishes it, every page's footer and the About page say so
 * in the edition's script (linked to its address, with its e-mail), each page names it as its author, the feeds give
 * it as their author and the datasets' JSON-LD as their publisher; a site that names none shows no publisher and
 * nothing in its place; a malformed setting is an error at its place in site.json.
 */
class PublisherTest {
    @TempDir
    Path dir;

    /** Written once, in Cyrillic: the Latin edition has it from the transliteration engine. */
    private static final String FULL = "{\"name\": \"Синов вилояти ҳокимлиги\", \"url\": \"https://hokimlik.test.example/\","
            + " \"email\": \"info@test.example\"}";

    private static TestSite withPublisher(String publisherJson) {
        return TestSite.fixture("minimal").withSiteSetting("publisher", publisherJson);
    }

    /** The dataset pages: the pages that carry JSON-LD. */
    private static List<String> datasetPages(TestSite.Built built) {
        List<String> data = built.editionPages().stream().filter(p -> built.text(p).contains("application/ld+json")).toList();
        assertFalse(data.isEmpty(), "the fixture site has no page with JSON-LD");
        return data;
    }

    @Test
    void everyPageOfBothEditionsNamesThePublisherInItsScriptLinkedWithItsEmail() {
        TestSite.Built built = withPublisher(FULL).build(dir);
        assertTrue(built.ok(), built.messages());
        String latin = "<p class=\"publisher\">Nashr etuvchi: <a href=\"https://hokimlik.test.example/\">Sinov viloyati"
                + " hokimligi</a> · <a href=\"mailto:info@test.example\">info@test.example</a></p>";
        String cyrillic = "<p class=\"publisher\">Нашр этувчи: <a href=\"https://hokimlik.test.example/\">Синов вилояти"
                + " ҳокимлиги</a> · <a href=\"mailto:info@test.example\">info@test.example</a></p>";
        List<String> pages = built.editionPages();
        assertTrue(pages.size() > 10, pages.toString());
        for (String page : pages) {
            String html = built.text(page);
            String expected = page.startsWith("uz/") ? latin : cyrillic;
            assertTrue(html.contains(expected), page + " has no publisher line " + expected);
            assertTrue(html.contains("<meta name=\"author\" content=\""
                    + (page.startsWith("uz/") ? "Sinov viloyati hokimligi" : "Синов вилояти ҳокимлиги") + "\">"), page);
        }
        // The About page says it in its own text too, not only in the footer.
        for (String about : List.of("uz/about/index.html", "oz/about/index.html")) {
            String article = built.text(about).replaceAll("(?s).*<article", "").replaceAll("(?s)</article>.*", "");
            assertTrue(article.contains(about.startsWith("uz/") ? latin : cyrillic), about + ": " + article);
        }
        String methodology = built.text("uz/methodology/index.html");
        assertEquals(1, count(methodology, "class=\"publisher\""), "another page has it in its footer only");
    }

    @Test
    void theFeedsHaveThePublisherAsAuthorAndTheDatasetsAsPublisher() {
        TestSite.Built built = withPublisher(FULL).build(dir);
        assertTrue(built.ok(), built.messages());
        assertTrue(built.text("uz/feed.xml").contains("<author><name>Sinov viloyati hokimligi</name>"
                + "<uri>https://hokimlik.test.example/</uri><email>info@test.example</email></author>"),
                built.text("uz/feed.xml"));
        assertTrue(built.text("oz/feed.xml").contains("<author><name>Синов вилояти ҳокимлиги</name>"),
                built.text("oz/feed.xml"));
        for (String page : datasetPages(built)) {
            String name = page.startsWith("uz/") ? "Sinov viloyati hokimligi" : "Синов вилояти ҳокимлиги";
            assertEquals(Map.of("@type", "Organization", "name", name, "url", "https://hokimlik.test.example/",
                    "email", "info@test.example"), jsonLd(built.text(page)).get("publisher"), page);
        }
    }

    @Test
    void aNameWrittenByHandForBothEditionsAloneIsShownAsItIsWithoutALink() {
        TestSite.Built built = withPublisher("{\"name\": {\"uz-Latn\": \"Sinov nashriyoti\", \"uz-Cyrl\": \"Синов"
                + " нашриёти\"}}").build(dir);
        assertTrue(built.ok(), built.messages());
        assertTrue(built.text("uz/index.html").contains("<p class=\"publisher\">Nashr etuvchi: Sinov nashriyoti</p>"),
                built.text("uz/index.html"));
        assertTrue(built.text("oz/index.html").contains("<p class=\"publisher\">Нашр этувчи: Синов нашриёти</p>"));
        assertTrue(built.text("uz/feed.xml").contains("<author><name>Sinov nashriyoti</name></author>"));
        for (String page : datasetPages(built)) {
            assertEquals(Map.of("@type", "Organization", "name", page.startsWith("uz/") ? "Sinov nashriyoti"
                    : "Синов нашриёти"), jsonLd(built.text(page)).get("publisher"), page);
        }
    }

    @Test
    void withoutAPublisherNothingIsShownInItsPlace() {
        TestSite.Built built = TestSite.fixture("minimal").build(dir);
        assertTrue(built.ok(), built.messages());
        for (String page : built.editionPages()) {
            String html = built.text(page);
            assertFalse(html.contains("class=\"publisher\""), page);
            assertFalse(html.contains("Nashr etuvchi") || html.contains("Нашр этувчи"), page);
            assertFalse(html.contains("<meta name=\"author\""), page);
        }
        for (String page : datasetPages(built)) {
            assertFalse(jsonLd(built.text(page)).containsKey("publisher"), page);
        }
        // Atom requires an author: the site itself, by its title, as before.
        assertTrue(built.text("uz/feed.xml").contains("<author><name>Sinov</name></author>"), built.text("uz/feed.xml"));
    }

    @Test
    void anAddressThatIsNotAWebAddressIsALocatedError() {
        withPublisher("{\"name\": \"Синов\", \"url\": \"javascript:alert(1)\"}").build(dir)
                .assertErrorAt("content/site.json:8", "publisher/url.*must be an http\\(s\\):// address");
    }

    @Test
    void anEmailThatIsNotAnEmailAddressIsALocatedError() {
        withPublisher("{\"name\": \"Синов\", \"email\": \"not an address\"}").build(dir)
                .assertErrorAt("content/site.json:8", "publisher/email.*must be an e-mail address");
    }

    @Test
    void aPublisherWithoutANameOrWithAnUnknownFieldIsALocatedError() {
        withPublisher("{\"url\": \"https://hokimlik.test.example/\"}").build(dir.resolve("a"))
                .assertErrorAt("content/site.json:8", "name");
        withPublisher("{\"name\": \"Синов\", \"phone\": \"+998\"}").build(dir.resolve("b"))
                .assertErrorAt("content/site.json:8", "phone");
    }

    /** A page's JSON-LD block, read as a map. */
    private static Map<?, ?> jsonLd(String html) {
        String json = html.replaceAll("(?s).*<script type=\"application/ld\\+json\">", "")
                .replaceAll("(?s)</script>.*", "");
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("JSON-LD that does not parse: " + json, e);
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
