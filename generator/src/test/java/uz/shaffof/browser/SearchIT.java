package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

/**
 * Search in the browser, through the published index and search.js: a word typed in one script finds the page
 * written in the other, in either edition, and the page list is there with JavaScript's help or without it.
 */
class SearchIT extends BrowserTestBase {

    private List<String> results(String edition, String query) {
        open(SitePage.of("/" + edition + "/search/"));
        WebElement input = browser.driver().findElement(By.id("q"));
        input.sendKeys(query);
        browser.driver().findElement(By.cssSelector("form[data-search-root] button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isBlank());
        return browser.driver().findElements(By.cssSelector("#search-results a")).stream()
                .map(a -> a.getDomProperty("href")).toList();
    }

    @Test
    void aLatinQueryOnTheCyrillicEditionFindsTheRegion() {
        List<String> hits = results("oz", "Andijon");
        assertTrue(hits.stream().anyMatch(h -> h.endsWith("/oz/regions/andijon/")), "hits: " + hits);
    }

    @Test
    void aCyrillicQueryOnTheLatinEditionFindsTheRegion() {
        List<String> hits = results("uz", "Андижон");
        assertTrue(hits.stream().anyMatch(h -> h.endsWith("/uz/regions/andijon/")), "hits: " + hits);
    }

    @Test
    void thePageListIsThereWithoutSearching() {
        open(SitePage.of("/uz/search/"));
        assertTrue(browser.driver().findElements(By.cssSelector("main ul.list a")).size() >= 50);
    }
}
