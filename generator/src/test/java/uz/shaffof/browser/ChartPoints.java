package uz.shaffof.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Point;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The data marks of the charts on a page (bars, points, slices, tiles) and a real mouse moved over them. The build
 * marks every mark ECharts' SSR client can hover with {@code data-ec-ssr-type="chart"}; silent ones are skipped.
 *
 * <p>The pointer goes where a reader's would: to a point of the mark that is not covered by something else (a
 * value label, a decal pattern drawn on top). Where every point of a mark is covered, it goes to the mark's
 * centre anyway, and {@link #coveredMarks} names what covers it: a mark a reader cannot hover.
 */
final class ChartPoints {

    static final String FIGURES = "figure[data-chart]";
    static final String POINTS = "[data-chart-svg] svg [data-ec-ssr-type='chart']:not([data-ec-silent='true'])";

    /** Marks with a box a pointer can reach (a "no data" placeholder has zero height and is left out). */
    private static final String VISIBLE = "return Array.prototype.filter.call(arguments[0].querySelectorAll(arguments[1]),"
            + " function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; });";

    /**
     * Of the given elements, those inside the viewport: whole, or with their centre in it when they are larger than
     * the viewport. (A centre just inside the edge is not enough: most of the mark would be out of reach.)
     */
    private static final String IN_VIEW = "return Array.prototype.filter.call(arguments[0], function (e) {"
            + " var r = e.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;"
            + " var fitsX = r.width < innerWidth ? r.left >= 0 && r.right <= innerWidth : x >= 0 && x < innerWidth;"
            + " var fitsY = r.height < innerHeight ? r.top >= 0 && r.bottom <= innerHeight : y >= 0 && y < innerHeight;"
            + " return fitsX && fitsY; });";

    /**
     * For each element: {@code [x, y, cover]}, the viewport point of it where it is the topmost element (tried
     * from the centre outwards on a grid, at whole pixels, as the pointer will be) and a null cover; or, if there is
     * no such point, its centre and a description of what covers it.
     */
    private static final String REACHABLE = "var fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];"
            + " return Array.prototype.map.call(arguments[0], function (e) {"
            + "   var r = e.getBoundingClientRect();"
            + "   for (var i = 0; i < fractions.length; i++) for (var j = 0; j < fractions.length; j++) {"
            + "     var x = Math.round(r.left + r.width * fractions[j]), y = Math.round(r.top + r.height * fractions[i]);"
            + "     if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;"
            + "     var hit = document.elementFromPoint(x, y);"
            + "     if (hit === e || e.contains(hit)) return [x, y, null];"
            + "   }"
            + "   var cx = Math.round(r.left + r.width / 2), cy = Math.round(r.top + r.height / 2);"
            + "   var top = document.elementFromPoint(cx, cy);"
            + "   return [cx, cy, top ? '<' + top.tagName.toLowerCase() + (top.getAttribute('fill') ? ' fill=\"'"
            + "     + top.getAttribute('fill') + '\"' : '') + (top.textContent ? '>' + top.textContent.slice(0, 30) : '>')"
            + "     : 'nothing'];"
            + " });";

    private ChartPoints() {}

    /** A mark the pointer cannot reach anywhere, and what is on top of its centre. */
    record Covered(WebElement mark, String cover) {}

    static List<WebElement> figures(Browser browser) {
        return browser.driver().findElements(By.cssSelector(FIGURES));
    }

    @SuppressWarnings("unchecked")
    static List<WebElement> of(Browser browser, WebElement figure) {
        return new ArrayList<>((List<WebElement>) browser.script(VISIBLE, figure, POINTS));
    }

    /** Moves the mouse over every mark of every chart on the page; returns the marks no pointer can reach. */
    static List<Covered> hoverAll(Browser browser) {
        return hoverAll(browser, new Point(0, 0));
    }

    /**
     * The same inside a frame the driver has switched to, whose viewport starts at {@code frameOrigin} in the
     * top-level viewport (pointer coordinates are always the top-level page's). The frame must be in view whole.
     */
    static List<Covered> hoverAll(Browser browser, Point frameOrigin) {
        List<Covered> covered = new ArrayList<>();
        for (WebElement figure : figures(browser)) {
            covered.addAll(hover(browser, of(browser, figure), frameOrigin));
        }
        return covered;
    }

    static List<Covered> hover(Browser browser, List<WebElement> marks) {
        return hover(browser, marks, new Point(0, 0));
    }

    /**
     * Moves the mouse over each mark, scrolling as needed: one chain of pointer moves per screenful, since a W3C
     * pointer can only move to an element inside the viewport. Returns the marks that are covered everywhere.
     */
    @SuppressWarnings("unchecked")
    private static List<Covered> hover(Browser browser, List<WebElement> marks, Point frameOrigin) {
        List<WebElement> remaining = new ArrayList<>(marks);
        List<Covered> covered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<WebElement> inView = (List<WebElement>) browser.script(IN_VIEW, remaining);
            if (inView.isEmpty()) {
                // Only when needed: inside a frame this may scroll the page around the frame too.
                browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", remaining.get(0));
                inView = (List<WebElement>) browser.script(IN_VIEW, remaining);
            }
            if (inView.isEmpty()) {
                inView = List.of(remaining.get(0)); // the pointer still tries it: a mark nobody can reach is a finding
            }
            List<List<Object>> points = (List<List<Object>>) browser.script(REACHABLE, inView);
            // Viewport coordinates, not offsets from the element: WebDriver's "centre" of an SVG shape is not
            // always the centre of its bounding box, and a few pixels decide whether a label is hit instead.
            Actions moves = new Actions(browser.driver());
            for (int i = 0; i < inView.size(); i++) {
                List<Object> point = points.get(i);
                moves.moveToLocation(frameOrigin.getX() + ((Number) point.get(0)).intValue(),
                        frameOrigin.getY() + ((Number) point.get(1)).intValue());
                if (point.get(2) != null) {
                    covered.add(new Covered(inView.get(i), (String) point.get(2)));
                }
            }
            moves.perform();
            remaining.removeAll(inView);
        }
        return covered;
    }

    /** How many marks the charts on the page have. */
    static int count(Browser browser) {
        return figures(browser).stream().mapToInt(f -> of(browser, f).size()).sum();
    }
}
