package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uz.shaffof.i18n.Edition;

/**
 * Chart | Table | Map on an indicator page, as Our World in Data offers them: the view is in the URL
 * ({@code #chart}, {@code #table}, {@code #map}), so a shared link, a reload and the back button all show the view
 * the reader had, with or without JavaScript.
 */
class ChartViewsIT extends BrowserTestBase {

    private static final List<String> VIEWS = List.of("chart", "table", "map");

    /** The indicator with a map of its regions as well as a chart, in both editions. */
    Stream<SitePage> withMap() {
        return Stream.of(Edition.values()).map(e -> pages.get("/" + e.prefix() + "/indicators/internet-users/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withMap")
    void theUrlChoosesTheViewAndTabsAndBackFollowIt(SitePage page) {
        browser.open(server.url(page.path() + "#table"));
        assertOnlyShown(page, "#table on load", "table");
        assertEquals("true", tab("table").getDomAttribute("aria-current"), page + ": the Table tab is not marked current");

        tab("map").click();
        browser.settle();
        assertTrue(currentUrl().endsWith("#map"), page + ": clicking Map left the URL at " + currentUrl());
        assertOnlyShown(page, "after clicking Map", "map");
        assertEquals("true", tab("map").getDomAttribute("aria-current"), page + ": the Map tab is not marked current");

        browser.driver().navigate().back();
        browser.settle();
        assertTrue(currentUrl().endsWith("#table"), page + ": back went to " + currentUrl() + ", not #table");
        assertOnlyShown(page, "after back", "table");

        browser.open(url(page));
        assertOnlyShown(page, "with no view in the URL", "chart");

        // A link to a heading inside a view (the comparison table) shows that view.
        browser.open(server.url(page.path() + "#comparison"));
        assertOnlyShown(page, "#comparison", "table");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withMap")
    void withoutJavaScriptTheUrlStillChoosesTheView(SitePage page) {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            // Not open(): its wait for animation frames is a page script, which would never run.
            browser.driver().get(server.url(page.path() + "#map").toString());
            assertOnlyShown(page, "#map without JavaScript", "map");
            tab("table").click();
            assertTrue(currentUrl().endsWith("#table"), page + ": clicking Table left the URL at " + currentUrl());
            assertOnlyShown(page, "after clicking Table without JavaScript", "table");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private WebElement tab(String view) {
        List<WebElement> tabs = browser.driver().findElements(By.cssSelector(".view-tabs a[href='#" + view + "']"));
        assertEquals(1, tabs.size(), "tabs leading to #" + view + " on " + currentUrl());
        return tabs.get(0);
    }

    private void assertOnlyShown(SitePage page, String when, String shown) {
        for (String view : VIEWS) {
            List<WebElement> found = browser.driver().findElements(By.id(view));
            assertEquals(1, found.size(), page + " " + when + ": elements with id " + view);
            boolean displayed = found.get(0).isDisplayed() && found.get(0).getRect().getHeight() > 0;
            assertEquals(view.equals(shown), displayed, page + " " + when + ": view " + view
                    + (displayed ? " is shown" : " is not shown"));
        }
    }

    private String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
