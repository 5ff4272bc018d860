package uz.shaffof.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Text in another language than the page's, which the author marked to be left as written: rendered as
 * {@code <span lang="uz-Cyrl">...</span>}, so that a screen reader switches voice and a checker knows it is
 * meant to be there.
 */
final class ForeignSpan extends CustomNode {
    private final String lang;

    ForeignSpan(String lang) {
        this.lang = lang;
    }

    /** Writes the span; its text is escaped like any other text. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ForeignSpan.class);
        }

        @Override
        public void render(Node node) {
            html.tag("span", Map.of("lang", ((ForeignSpan) node).lang));
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
            html.tag("/span");
        }
    }
}
