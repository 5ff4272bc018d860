package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uz.shaffof.i18n.Edition;

/**
 * RELIABILITY row 23: axe-core with the WCAG 2.1 A and AA rules finds nothing on any kind of page in either
 * edition, and every page declares its script ({@code uz-Latn} / {@code uz-Cyrl}). axe is injected by WebDriver,
 * which the pages' {@code script-src 'self'} does not block.
 */
class AccessibilityIT extends BrowserTestBase {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    Stream<SitePage> pages() {
        return pages.oneOfEachKind().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void meetsWcag21AaAndDeclaresItsLanguage(SitePage page) {
        open(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        String lang = (String) browser.script("return document.documentElement.getAttribute('lang');");

        assertAll(
                () -> assertFalse(results.isErrored(), () -> page + ": axe failed: " + results.getErrorMessage()),
                () -> assertTrue(results.getViolations().isEmpty(), () -> describe(page, results.getViolations())),
                () -> assertEquals(page.edition().map(Edition::lang).orElse("uz-Latn"), lang,
                        () -> page + ": html[lang]"));
    }

    /** Every violation with its rule, impact, help text and each offending element (selector and markup). */
    static String describe(SitePage page, List<Rule> violations) {
        StringBuilder out = new StringBuilder(page.toString()).append(": ")
                .append(violations.size()).append(" axe violation(s)");
        for (Rule rule : violations) {
            out.append("\n  - ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                out.append("\n      at ").append(node.getTarget())
                        .append("\n         ").append(abbreviate(node.getHtml()));
                if (node.getFailureSummary() != null) {
                    out.append("\n         ").append(node.getFailureSummary().replace("\n", "\n         "));
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String html) {
        String oneLine = html == null ? "" : html.replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 199) + "…";
    }
}
