package uz.shaffof.render;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a node of our own as one HTML element around its children, which are rendered as usual: attribute values
 * are escaped by commonmark's writer, and a block element starts and ends on a line of its own.
 */
final class ElementAround implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final Class<? extends Node> type;
    private final String tag;
    private final Function<Node, Map<String, String>> attributes;
    private final boolean block;

    ElementAround(HtmlNodeRendererContext context, Class<? extends Node> type, String tag,
                  Function<Node, Map<String, String>> attributes, boolean block) {
        this.context = context;
        this.html = context.getWriter();
        this.type = type;
        this.tag = tag;
        this.attributes = attributes;
        this.block = block;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(type);
    }

    @Override
    public void render(Node node) {
        if (block) html.line();
        html.tag(tag, attributes.apply(node));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) context.render(child);
        html.tag("/" + tag);
        if (block) html.line();
    }
}
