package uz.shaffof.render;

import java.util.Map;
import org.commonmark.node.CustomNode;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

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
    static NodeRenderer renderer(HtmlNodeRendererContext context) {
        return new ElementAround(context, ForeignSpan.class, "span", n -> Map.of("lang", ((ForeignSpan) n).lang), false);
    }
}
