package uz.shaffof.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.CustomBlock;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * A table in a focusable, labelled scroll region: {@code <div class="table-scroll" role="region" tabindex="0"
 * aria-label="...">}. On a phone a wide table scrolls inside it instead of widening the page, a keyboard can
 * scroll it (it takes focus), and a screen reader names it (WCAG 2.1 1.4.10 reflow, 2.1.1 keyboard).
 */
final class TableRegion extends CustomBlock {
    private final String label;

    TableRegion(String label) {
        this.label = label;
    }

    /** Writes the region around its table; the label is escaped like any attribute. */
    static NodeRenderer renderer(HtmlNodeRendererContext context) {
        return new ElementAround(context, TableRegion.class, "div", n -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "table-scroll");
            attributes.put("role", "region");
            attributes.put("tabindex", "0");
            attributes.put("aria-label", ((TableRegion) n).label);
            return attributes;
        }, true);
    }
}
