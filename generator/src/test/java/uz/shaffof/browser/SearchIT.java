package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in the browser, through the published index and search.js: a word typed in one script finds the page
 * written in the other, in either edition; an English or Russian spelling of a place finds the region first; each
 * result is one page with its kind and a snippet with the query marked; and the page list is there with
 * JavaScript's help or without it.
 */
class SearchIT extends BrowserTestBase {

    /** One result as the reader sees it. */
    record Result(String href, String title, String kind, String snippet, List<String> marked) {}

    /** Types {@code query} into the search page of an edition and reads the results, once their snippets are cut. */
    private List<Result> search(String edition, String query) {
        open(SitePage.of("/" + edition + "/search/"));
        WebElement input = browser.driver().findElement(By.id("q"));
        input.sendKeys(query);
        browser.driver().findElement(By.cssSelector("form[data-search-root] button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(d -> !d.findElement(By.id("search-status")).getText().isBlank());
        // Each shown result's snippet is replaced once its page's text has come: wait until none is pending.
        wait.until(d -> d.findElements(By.cssSelector("#search-results > li:not([data-snippet])")).isEmpty());
        return browser.driver().findElements(By.cssSelector("#search-results > li")).stream().map(li -> new Result(
                li.findElement(By.cssSelector("h2 a")).getDomProperty("href"),
                li.findElement(By.cssSelector("h2")).getText(),
                li.findElement(By.cssSelector(".search-kind")).getText(),
                li.findElement(By.cssSelector(".search-snippet")).getText(),
                li.findElements(By.cssSelector(".search-snippet mark")).stream().map(WebElement::getText).toList()))
                .toList();
    }

    @Test
    void aLatinQueryOnTheCyrillicEditionFindsTheRegion() {
        List<Result> hits = search("oz", "Andijon");
        assertTrue(hits.get(0).href().endsWith("/oz/regions/andijon/"), "first: " + hits.get(0));
    }

    @Test
    void aCyrillicQueryOnTheLatinEditionFindsTheRegion() {
        List<Result> hits = search("uz", "Андижон");
        assertTrue(hits.get(0).href().endsWith("/uz/regions/andijon/"), "first: " + hits.get(0));
    }

    /** English and Russian spellings (from CLDR's names of the regions) find the region the site writes in Uzbek. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "uz, Andijan, regions/andijon/", "oz, Andijan, regions/andijon/",
            "uz, Андижан, regions/andijon/", "oz, Андижан, regions/andijon/",
            "uz, Samarkand, regions/samarqand/", "oz, Bukhara, regions/buxoro/",
            "uz, Бухара, regions/buxoro/", "oz, Fergana, regions/fargona/",
            "uz, Karakalpakstan, regions/qoraqalpogiston/", "oz, Ташкент, regions/toshkent-"})
    void anEnglishOrRussianSpellingFindsTheRegionFirst(String edition, String query, String route) {
        List<Result> hits = search(edition, query);
        assertFalse(hits.isEmpty(), query + " found nothing in /" + edition + "/");
        assertTrue(hits.get(0).href().contains("/" + edition + "/" + route), query + " first: " + hits.get(0));
    }

    /**
     * "Andijan" in each edition: the region first, labelled as a region, its snippet in the edition's script with
     * the Uzbek name marked; no title twice, no embed page, no project set filtered by status, owner or region.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"uz, Hudud, Andijon", "oz, Ҳудуд, Андижон"})
    void resultsAreOnePageEachWithKindAndSnippet(String edition, String regionKind, String name) {
        List<Result> hits = search(edition, "Andijan");
        Result first = hits.get(0);
        Set<String> titles = new HashSet<>();
        List<String> repeated = hits.stream().map(Result::title).filter(t -> !titles.add(t)).toList();
        assertAll(
                () -> assertTrue(first.href().endsWith("/" + edition + "/regions/andijon/"), "first: " + first),
                () -> assertEquals(regionKind, first.kind(), "kind of " + first),
                () -> assertTrue(first.snippet().contains(name), "snippet of " + first),
                () -> assertTrue(first.marked().contains(name), "marked in " + first),
                () -> assertTrue(hits.stream().allMatch(h -> !h.kind().isBlank() && !h.snippet().isBlank()),
                        "every result has a kind and a snippet: " + hits),
                () -> assertTrue(repeated.isEmpty(), "titles shown twice: " + repeated),
                () -> assertTrue(hits.stream().noneMatch(h -> h.href().contains("/embed/")), "embeds: " + hits),
                () -> assertTrue(hits.stream().noneMatch(h -> h.href().matches(".*/projects/[^/]+/[^/]+/.*")),
                        "filtered project sets: " + hits));
    }

    /** The results at a phone's and a desktop's width, for a person to look at; nothing wider than the screen. */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"uz, 360, 800", "uz, 1280, 900", "oz, 360, 800", "oz, 1280, 900"})
    void screenshotsOfTheResults(String edition, int width, int height) throws IOException {
        List<?> overflow;
        byte[] png;
        browser.viewport(width, height);
        try {
            search(edition, "Andijan");
            png = browser.fullPageScreenshot();
            overflow = (List<?>) browser.script(ScreenshotIT.OVERFLOW);
        } finally {
            browser.resetViewport();
        }
        Files.createDirectories(ScreenshotIT.SCREENSHOTS);
        Path file = ScreenshotIT.SCREENSHOTS.resolve(edition + "-search-andijan-" + width + ".png");
        Files.write(file, png);
        assertTrue(overflow.isEmpty(), "search results at " + width + " px are wider than the screen: " + overflow);
    }

    /**
     * Ten results are shown at first; "more" adds the next ones, with their snippets, and takes the focus to the
     * first of them. A snippet holds text and marks only: a page's text is never read as markup.
     */
    @Test
    void moreResultsComeOnRequestWithFocusOnTheFirstNewOne() {
        List<Result> first = search("uz", "Andijan");
        assertEquals(10, first.size(), "shown at first");
        browser.driver().findElement(By.id("search-more")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#search-results > li")).size() > 10
                        && d.findElements(By.cssSelector("#search-results > li:not([data-snippet])")).isEmpty());
        WebElement eleventh = browser.driver().findElements(By.cssSelector("#search-results > li")).get(10);
        assertAll(
                () -> assertEquals(eleventh.findElement(By.cssSelector("h2 a")),
                        browser.driver().switchTo().activeElement(), "focus after more"),
                () -> assertTrue(browser.driver().findElements(By.cssSelector(".search-snippet *:not(mark)")).isEmpty(),
                        "markup in a snippet"));
    }

    @Test
    void thePageListIsThereWithoutSearchingWithKinds() {
        open(SitePage.of("/uz/search/"));
        List<WebElement> items = browser.driver().findElements(By.cssSelector("main ul.search-all > li"));
        assertTrue(items.size() >= 50, "pages listed: " + items.size());
        assertTrue(items.stream().allMatch(li -> !li.findElement(By.cssSelector(".search-kind")).getText().isBlank()),
                "every listed page has its kind");
    }
}
