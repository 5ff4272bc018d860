package uz.shaffof.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

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
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableRegion.class);
        }

        @Override
        public void render(Node node) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "table-scroll");
            attributes.put("role", "region");
            attributes.put("tabindex", "0");
            attributes.put("aria-label", ((TableRegion) node).label);
            html.line();
            html.tag("div", attributes);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
            html.tag("/div");
            html.line();
        }
    }
}
