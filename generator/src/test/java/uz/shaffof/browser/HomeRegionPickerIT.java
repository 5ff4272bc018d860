package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uz.shaffof.i18n.Edition;

/**
 * The home page on a 360 x 800 phone: a reader can pick their region at once, without scrolling, and the page
 * stays short.
 *
 * <p>The bound on the page's height: with twelve key figures (a row each) and five latest reports (titles and dates
 * on a phone) the page measures about 2 400 px in Latin and 2 800 px in Cyrillic, whose header and words are longer.
 * 3 000 px, under four screens of 800 px, leaves room for a few more indicators; twelve cards made 3 700 px.
 */
class HomeRegionPickerIT extends BrowserTestBase {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 800;
    private static final int MAX_PAGE_HEIGHT = 3000;
    private static final int REGIONS = 14;

    Stream<SitePage> homes() {
        return Stream.of(Edition.values()).map(e -> pages.get("/" + e.prefix() + "/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homes")
    void everyRegionIsOneTapAwayWithoutScrollingAndThePageIsShort(SitePage page) {
        browser.viewport(WIDTH, HEIGHT);
        try {
            open(page);
            List<WebElement> links = browser.driver().findElements(By.cssSelector(".region-picker a"));
            List<String> problems = new ArrayList<>();
            if (links.size() != REGIONS) problems.add(links.size() + " region links, not " + REGIONS);
            String prefix = "/" + page.edition().orElseThrow().prefix() + "/regions/";
            for (WebElement link : links) {
                String path = java.net.URI.create(link.getDomProperty("href")).getPath();
                if (!path.startsWith(prefix) || path.equals(prefix)) problems.add(link.getText() + " leads to " + path);
                else pages.get(path); // fails when the region's page does not exist
                Object bottom = browser.script("var r = arguments[0].getBoundingClientRect();"
                        + " return r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight"
                        + " ? null : Math.round(r.left) + '..' + Math.round(r.right) + ' x ' + Math.round(r.top) + '..'"
                        + " + Math.round(r.bottom);", link);
                if (bottom != null) problems.add("\"" + link.getText() + "\" is not on the first screen: " + bottom);
            }
            long height = ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
            if (height >= MAX_PAGE_HEIGHT) problems.add("the page is " + height + " px tall, not under " + MAX_PAGE_HEIGHT);
            assertTrue(problems.isEmpty(), () -> page + " at " + WIDTH + "x" + HEIGHT + ":\n  "
                    + String.join("\n  ", problems));
        } finally {
            browser.resetViewport();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homes")
    void aRegionLinkOpensTheRegionsPage(SitePage page) {
        open(page);
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".region-picker a"));
        assertEquals(REGIONS, links.size(), page + ": region links");
        String name = links.get(0).getText();
        links.get(0).click();
        browser.settle();
        assertEquals(name, browser.driver().findElement(By.tagName("h1")).getText(),
                page + ": the first region's link did not open that region's page");
    }
}
