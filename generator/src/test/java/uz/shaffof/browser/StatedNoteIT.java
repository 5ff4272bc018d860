package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uz.shaffof.i18n.Edition;

/**
 * The note under a figure whose source states another value ("stated 42,2 %; computed 37,7 %"): a box of its own
 * under the row's name, which covers none of the lines around it and shows its whole text, on a phone and a desktop.
 */
class StatedNoteIT extends BrowserTestBase {

    /** How the note's box meets what is above it and whether its text fits: null when all is well. */
    private static final String PROBLEM = "var n = arguments[0], r = n.getBoundingClientRect();"
            + " var cell = n.parentElement.getBoundingClientRect();"
            + " var prev = n.previousElementSibling ? n.previousElementSibling.getBoundingClientRect() : null;"
            + " if (prev && r.top < prev.bottom - 0.5) return 'covers the line above by ' + Math.round(prev.bottom - r.top) + ' px';"
            + " if (r.left < cell.left - 0.5 || r.right > cell.right + 0.5) return 'wider than its cell';"
            + " if (n.scrollWidth > n.clientWidth + 1) return 'text cut: ' + n.scrollWidth + ' > ' + n.clientWidth;"
            + " return null;";

    static Stream<Arguments> pagesAndWidths() {
        return Stream.of(Edition.values()).flatMap(e -> Stream.of("indicators/ict-attestation-pass-rate/",
                "regions/andijon/", "websites/").flatMap(route -> Stream.of(360, 1280)
                .map(w -> Arguments.of("/" + e.prefix() + "/" + route, w))));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void theNoteIsABoxOfItsOwnThatCoversNothingAndShowsItsWholeText(String path, int width) {
        browser.viewport(width, 900);
        try {
            open(pages.get(path));
            List<WebElement> notes = browser.driver().findElements(By.cssSelector("span.note"));
            assertTrue(!notes.isEmpty(), path + ": the stated figure's note is on the page");
            List<String> problems = new ArrayList<>();
            for (WebElement note : notes) {
                Object problem = browser.script(PROBLEM, note);
                if (problem != null) problems.add("\"" + note.getText() + "\": " + problem);
                if (note.getText().matches(".*\\d\\.\\d.*")) problems.add("a decimal point, not a comma: " + note.getText());
            }
            assertTrue(problems.isEmpty(), () -> path + " at " + width + " px:\n  " + String.join("\n  ", problems));
        } finally {
            browser.resetViewport();
        }
    }
}
