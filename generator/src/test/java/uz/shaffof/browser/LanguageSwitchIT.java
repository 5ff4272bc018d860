package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uz.shaffof.i18n.Edition;

/**
 * The script switcher ({@code a.switch}) takes a reader to the same page in the other script: {@code /uz/...} and
 * {@code /oz/...} share one slug, and the page it lands on is in the other language and links straight back.
 * Embed pages have no site header, so no switcher; the root chooser offers both scripts and belongs to neither.
 */
class LanguageSwitchIT extends BrowserTestBase {

    Stream<SitePage> pages() {
        return pages.oneOfEachKind().stream()
                .filter(p -> p.edition().isPresent() && !p.kind().equals("embed/*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void switcherLandsOnTheTwinPage(SitePage page) {
        Edition from = page.edition().orElseThrow();
        String twin = page.twinPath();
        open(page);

        switchLink(page.path()).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !currentPath().equals(page.path()));
        String landed = currentPath();
        String lang = (String) browser.script("return document.documentElement.getAttribute('lang');");
        String back = URI.create(switchLink(landed).getDomProperty("href")).getPath();

        assertAll(
                () -> assertEquals(twin, landed, () -> page + ": a.switch landed on the wrong page"),
                () -> assertEquals(from.other().lang(), lang, () -> page + ": html[lang] of " + landed),
                () -> assertEquals(page.path(), back, () -> page + ": a.switch on " + landed + " does not lead back"));
    }

    private WebElement switchLink(String where) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector("a.switch"));
        assertEquals(1, links.size(), () -> where + ": expected exactly one a.switch");
        return links.get(0);
    }

    private String currentPath() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }
}
