package uz.shaffof.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a parsed page for the search index, as runs to be read one after another: the text nodes' own strings
 * (not copied), with a {@code " "} run wherever jsoup's {@link Element#text()} puts a space between elements.
 * Joined, the runs have exactly the words of {@code element.text()}; only the whitespace between words may differ,
 * and the index ignores it. Building {@code text()} instead copies every character of the site twice (normalised
 * into a buffer, then into a string) before the index reads it again.
 *
 * <pre><code>index.add(id, route, titleLatn, titleCyrl, PageText.runs(doc.selectFirst("main")));</code></pre>
 */
public final class PageText {
    /** Ends a word, as the space jsoup puts between a block and its neighbours does. */
    private static final String BREAK = " ";

    private PageText() {}

    /** The runs of {@code root}'s text, in document order. */
    public static List<String> runs(Element root) {
        List<String> runs = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    runs.add(text(text));
                } else if (node instanceof Element e && separatesBefore(e)) {
                    runs.add(BREAK);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && separatesAfter(e)) {
                    Node next = e.nextSibling();
                    if (next instanceof TextNode || next instanceof Element n && n.tag().isInline()) runs.add(BREAK);
                }
            }
        }, root);
        return runs;
    }

    /**
     * A text node's text as {@code text()} reads it: as written in preformatted text and CDATA; elsewhere without
     * the invisible characters jsoup drops (zero-width space, soft hyphen), which would otherwise split a word.
     * (jsoup also collapses whitespace there, which does not change the words.)
     */
    private static String text(TextNode node) {
        String s = node.getWholeText();
        // Nearly every text node has neither character: then it is its own text wherever it is, and the walk up
        // its ancestors (a few pointers each, for every text node of the site) is not needed.
        if (s.indexOf('\u00AD') < 0 && s.indexOf('\u200B') < 0) return s;
        if (node instanceof CDataNode || preservesWhitespace(node.parent())) return s;
        return s.replace("\u00AD", "").replace("\u200B", "");
    }

    /** jsoup's rule: this element or one of its five nearest ancestors keeps whitespace ({@code pre} and the like). */
    private static boolean preservesWhitespace(Node parent) {
        Element e = parent instanceof Element el ? el : null;
        for (int i = 0; i < 6 && e != null; i++, e = e.parent()) {
            if (e.tag().preserveWhitespace()) return true;
        }
        return false;
    }

    /** jsoup's rule for a space before an element: blocks, {@code br}, and text boundaries that hold text. */
    private static boolean separatesBefore(Element e) {
        return e.isBlock() || e.normalName().equals("br")
                || (e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText());
    }

    /** jsoup's rule for a space after an element (when inline content follows it). */
    private static boolean separatesAfter(Element e) {
        Tag tag = e.tag();
        if (tag.is(Tag.TextBoundary) || !tag.isInline()) return true;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && child.isBlock()) return true;
        }
        return false;
    }
}
