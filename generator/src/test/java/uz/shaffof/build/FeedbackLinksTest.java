package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;

/**
 * Readers can reach the publisher from every page: {@code feedback} in site.json (or {@code --feedback-url}) puts a
 * "write to us" link in each page's footer that names the page, and a region page offers to send data for that
 * region; a site without the setting shows no such link.
 */
class FeedbackLinksTest {
    @TempDir
    Path dir;

    private static final String ISSUES = "https://github.com/owner/repo/issues/new";

    private static TestSite withFeedback(String feedbackJson) {
        return TestSite.fixture("minimal").withSiteSetting("feedback", feedbackJson);
    }

    @Test
    void everyPageOfBothEditionsLinksToTheNewIssueFormWithItsTitle() {
        TestSite.Built built = withFeedback("{\"url\": \"" + ISSUES + "\"}").build(dir);
        assertTrue(built.ok(), built.messages());
        List<String> pages = built.editionPages();
        assertTrue(pages.size() > 10, pages.toString());
        for (String page : pages) {
            String html = built.text(page);
            assertTrue(html.contains("href=\"" + ISSUES + "?title="), page + " has no feedback link");
        }
        // The issue is titled with the page's title, in the page's script, percent-encoded.
        assertTrue(built.text("uz/regions/andijon/index.html")
                .contains(ISSUES + "?title=Andijon%20viloyati%20%E2%80%94%20Sinov\""), "Latin title in the link");
        assertTrue(built.text("oz/regions/andijon/index.html").contains(ISSUES + "?title=%D0%90%D0%BD%D0%B4%D0%B8"),
                "Cyrillic title in the link");
        assertTrue(built.text("uz/about/index.html").contains("Bizga yozing</a>"), "the words in Latin");
        assertTrue(built.text("oz/about/index.html").contains("Бизга ёзинг</a>"), "the words in Cyrillic");
    }

    @Test
    void aRegionPageOffersToSendDataForThatRegion() {
        TestSite.Built built = withFeedback("{\"url\": \"" + ISSUES + "\"}").build(dir);
        assertTrue(built.ok(), built.messages());
        String uz = built.text("uz/regions/andijon/index.html");
        assertTrue(uz.contains("?title=Andijon%20viloyati%20bo%CA%BByicha%20ma%CA%BClumot%20yuborish\">"
                + "Andijon viloyati bo\u02BByicha ma\u02BClumot yuborish</a>"), uz);
        assertFalse(built.text("uz/about/index.html").contains("yuborish</a>"), "only region pages offer it");
    }

    @Test
    void anEmailAloneGivesAMailtoLinkWithTheSubject() {
        TestSite.Built built = withFeedback("{\"email\": \"editor@test.example\"}").build(dir);
        assertTrue(built.ok(), built.messages());
        assertTrue(built.text("uz/about/index.html").contains("href=\"mailto:editor@test.example?subject="),
                built.text("uz/about/index.html"));
    }

    @Test
    void withoutTheSettingNoPageOffersIt() {
        TestSite.Built built = TestSite.fixture("minimal").build(dir);
        assertTrue(built.ok(), built.messages());
        for (String page : built.editionPages()) {
            String html = built.text(page);
            assertFalse(html.contains("class=\"feedback\""), page);
            assertFalse(html.contains("Bizga yozing") || html.contains("Бизга ёзинг"), page);
        }
    }

    @Test
    void theCommandLineOptionOverridesTheSiteSetting() throws IOException {
        TestSite.Run run = withFeedback("{\"email\": \"editor@test.example\"}")
                .cli(dir, "build", "--preview", "--feedback-url", "https://git.test.example/o/r/issues/new");
        assertEquals(0, run.code(), run.err());
        String about = Files.readString(dir.resolve("project/site/uz/about/index.html"), StandardCharsets.UTF_8);
        assertTrue(about.contains("href=\"https://git.test.example/o/r/issues/new?title="), about);
        assertFalse(about.contains("mailto:"), about);
    }

    @Test
    void anOptionThatIsNotAWebOrMailAddressIsAUsageError() {
        TestSite.Run run = TestSite.fixture("minimal")
                .cli(dir, "build", "--preview", "--feedback-url", "javascript:alert(1)");
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("--feedback-url javascript:alert(1): must be an http(s):// or mailto: address"),
                run.err());
    }

    @Test
    void aFeedbackUrlInSiteJsonThatIsNotAWebOrMailAddressIsALocatedError() {
        withFeedback("{\"url\": \"javascript:alert(1)\"}").build(dir)
                .assertErrorAt("content/site.json:8", "feedback/url.*must be an http\\(s\\):// or mailto: address");
    }

    @Test
    void anEmptyFeedbackObjectIsALocatedError() {
        withFeedback("{}").build(dir).assertErrorAt("content/site.json:8", "");
    }
}
