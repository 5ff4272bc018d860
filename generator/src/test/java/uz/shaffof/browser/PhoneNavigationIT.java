package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uz.shaffof.i18n.Edition;

/**
 * The site's navigation on a 360 px phone: every item is on screen in full (nothing hidden sideways, no word cut
 * mid-letter), and a keyboard user tabbing through the page reaches each one while it is fully visible.
 */
class PhoneNavigationIT extends BrowserTestBase {

    private static final int WIDTH = 360;

    /** The part of an element outside the viewport, or null when it is wholly inside. */
    private static final String OUTSIDE = "var r = arguments[0].getBoundingClientRect(),"
            + " w = document.documentElement.clientWidth, h = document.documentElement.clientHeight;"
            + " return r.left >= -0.5 && r.right <= w + 0.5 && r.top >= -0.5 && r.bottom <= h + 0.5 && r.width > 0"
            + " ? null : Math.round(r.left) + '..' + Math.round(r.right) + ' x ' + Math.round(r.top) + '..'"
            + " + Math.round(r.bottom) + ' of ' + w + 'x' + h;";

    Stream<SitePage> navPages() {
        return Stream.of(Edition.values()).flatMap(e -> Stream.of("", "regions/andijon/", "charts/portal-appeals-received/")
                .map(route -> pages.get("/" + e.prefix() + "/" + route)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("navPages")
    void everyNavigationLinkIsOnScreenAndReachedByTabFullyVisible(SitePage page) {
        browser.viewport(WIDTH, 800);
        try {
            open(page);
            List<WebElement> links = browser.driver().findElements(By.cssSelector(".site-nav a"));
            List<String> problems = new ArrayList<>();
            if (links.size() < 2) problems.add("only " + links.size() + " navigation links");
            for (WebElement link : links) {
                Object outside = browser.script(OUTSIDE, link);
                if (outside != null) problems.add("\"" + link.getText() + "\" not fully on screen: " + outside);
            }
            Set<String> reached = new LinkedHashSet<>();
            browser.script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
            for (int i = 0; i < links.size() + 10 && reached.size() < links.size(); i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                WebElement focused = browser.driver().switchTo().activeElement();
                if (!Boolean.TRUE.equals(browser.script("return !!arguments[0].closest('.site-nav');", focused))) continue;
                reached.add(focused.getDomAttribute("href"));
                Object outside = browser.script(OUTSIDE, focused);
                if (outside != null) problems.add("focus on \"" + focused.getText() + "\" partly hidden: " + outside);
            }
            if (reached.size() < links.size()) {
                problems.add("Tab reached " + reached.size() + " of " + links.size() + " navigation links");
            }
            assertTrue(problems.isEmpty(), () -> page + " at " + WIDTH + " px:\n  " + String.join("\n  ", problems));
        } finally {
            browser.resetViewport();
        }
    }
}
