package uz.shaffof.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to safe HTML, once per edition. Raw HTML in the source is escaped (shown as text, never run), link
 * and image URLs are limited to http, https, mailto, relative and {@code #} URLs, every text node is put into
 * the edition's script by a caller-given function (code spans and blocks are left as written), and headings get
 * ids of our own: the same ASCII id in both editions, so that {@code #anchor} links survive a switch of script.
 * On request it also writes what a phone-first, accessible page needs around tables and links (as Hugo's render
 * hooks do): each table in a labelled, focusable scroll region, and {@code rel="external noopener"} on links that
 * leave the site. The parser and renderer are built once and are thread-safe.
 */
public final class MarkdownRenderer {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    /** The rel of a link that leaves the site: a browser and a screen reader know it does; no window.opener. */
    public static final String EXTERNAL_REL = "external noopener";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final UnaryOperator<String> idText;
    private final String siteBaseUrl;

    /**
     * @param idText turns a heading's shown text into the text its id is made from: the Latin form, so that a
     *     heading gets the same id in both editions
     */
    public MarkdownRenderer(UnaryOperator<String> idText) {
        this(idText, null);
    }

    /**
     * @param idText as above
     * @param siteBaseUrl the site's own base URL: a link to an absolute {@code http(s)} or protocol-relative URL
     *     outside it gets {@code rel="}{@value #EXTERNAL_REL}{@code "}; null to add no {@code rel}
     */
    public MarkdownRenderer(UnaryOperator<String> idText, String siteBaseUrl) {
        this.idText = idText;
        this.siteBaseUrl = siteBaseUrl == null ? null : siteBaseUrl.toLowerCase(java.util.Locale.ROOT);
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new StrictUrlSanitizer())
                // commonmark makes one provider per render, so each page numbers its duplicate ids afresh.
                .attributeProviderFactory(context -> new OwnAttributes(new HeadingIds()))
                .nodeRendererFactory(ForeignSpan::renderer)
                .nodeRendererFactory(TableRegion::renderer)
                .build();
    }

    /** Renders {@code markdown}, passing every text node through {@code localize} (code is left as written). */
    public Rendered render(String markdown, UnaryOperator<String> localize) {
        return render(markdown, localize, text -> null);
    }

    /**
     * Renders {@code markdown} for an edition. Text goes through {@code localize}; a span the author marked
     * {@code -{...}-} (do not transliterate) is left as written and, when {@code foreignLang} names another
     * language for it (Cyrillic examples on a Latin page), wrapped in {@code <span lang="...">} so that screen
     * readers read it right. The per-edition form {@code -{uz-latn:...;uz-cyrl:...}-} is given to
     * {@code localize}, which picks the edition's side.
     */
    public Rendered render(String markdown, UnaryOperator<String> localize, Function<String, String> foreignLang) {
        return render(markdown, localize, foreignLang, null);
    }

    /**
     * As {@link #render(String, UnaryOperator, Function)}, and with a {@code tableLabel} every table is put in a
     * focusable scroll region of that name ({@code <div class="table-scroll" role="region" tabindex="0"
     * aria-label="...">}), so that a wide table scrolls on a phone instead of widening the page.
     */
    public Rendered render(String markdown, UnaryOperator<String> localize, Function<String, String> foreignLang,
                           String tableLabel) {
        Node document = parser.parse(stripBom(markdown));
        List<Text> texts = new ArrayList<>();
        List<Node> tables = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) tables.add(block);
                visitChildren(block);
            }
        });
        for (Text t : texts) localizeText(t, localize, foreignLang);
        if (tableLabel != null) {
            for (Node table : tables) {
                TableRegion region = new TableRegion(tableLabel);
                table.insertBefore(region);
                region.appendChild(table);
            }
        }
        List<Rendered.TocEntry> toc = new ArrayList<>(headings.size());
        HeadingIds tocIds = new HeadingIds();
        for (Heading heading : headings) {
            // Same sequence as OwnAttributes sees while rendering: document order, after localizing.
            String shown = plainText(heading);
            toc.add(new Rendered.TocEntry(heading.getLevel(), tocIds.next(idText.apply(shown)), shown));
        }
        return new Rendered(renderer.render(document), toc);
    }

    /** Replaces a text node by its localized pieces: plain text and author-marked spans. */
    private static void localizeText(Text node, UnaryOperator<String> localize, Function<String, String> foreignLang) {
        String s = node.getLiteral();
        int open = s.indexOf("-{");
        if (open < 0) {
            node.setLiteral(localize.apply(s));
            return;
        }
        List<Node> pieces = new ArrayList<>();
        int i = 0;
        while (open >= 0) {
            int close = s.indexOf("}-", open + 2);
            if (close < 0) break;
            if (open > i) pieces.add(new Text(localize.apply(s.substring(i, open))));
            String inner = s.substring(open + 2, close);
            if (inner.startsWith("uz-latn:") || inner.startsWith("uz-cyrl:")) {
                pieces.add(new Text(localize.apply(s.substring(open, close + 2))));
            } else {
                String lang = foreignLang.apply(inner);
                if (lang == null) {
                    pieces.add(new Text(inner));
                } else {
                    ForeignSpan span = new ForeignSpan(lang);
                    span.appendChild(new Text(inner));
                    pieces.add(span);
                }
            }
            i = close + 2;
            open = s.indexOf("-{", i);
        }
        // An unclosed marker is left to the engine, which converts the rest and warns about it.
        if (i < s.length()) pieces.add(new Text(localize.apply(s.substring(i))));
        for (Node p : pieces) node.insertBefore(p);
        node.unlink();
    }

    /** The rendered body and its headings (for a table of contents). */
    public record Rendered(String html, List<TocEntry> toc) {
        public Rendered {
            toc = List.copyOf(toc);
        }

        public record TocEntry(int level, String id, String text) {}
    }

    /**
     * The text a reader reads in {@code markdown}, without its link addresses, markup or front matter's syntax: what
     * tells the script a text is written in (an address is in Latin letters whatever the text's script).
     */
    public String readableText(String markdown) {
        return plainText(parser.parse(stripBom(markdown)));
    }

    private static String stripBom(String s) {
        // A BOM before "# Heading" would turn the heading into a paragraph.
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString().strip();
    }

    /** Heading ids of our own, and the {@code rel} of links that leave the site. */
    private final class OwnAttributes implements AttributeProvider {
        private final HeadingIds ids;

        OwnAttributes(HeadingIds ids) {
            this.ids = ids;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading h) {
                attributes.put("id", ids.next(idText.apply(plainText(h))));
            } else if (node instanceof Link link && leavesSite(link.getDestination())) {
                attributes.put("rel", EXTERNAL_REL);
            }
        }
    }

    /** An absolute http(s) or protocol-relative URL outside the site's base URL; never when no base URL was given. */
    private boolean leavesSite(String url) {
        if (siteBaseUrl == null) return false;
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//")) && !u.startsWith(siteBaseUrl);
    }

    /** Allows http, https, mailto, relative and fragment URLs; everything else (javascript:, data:, ...) becomes "". */
    static final class StrictUrlSanitizer implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return isAllowed(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return isAllowed(url) ? url : "";
        }

        static boolean isAllowed(String url) {
            // Browsers ignore control characters and whitespace inside a scheme ("jav\tascript:"): so do we.
            StringBuilder cleaned = new StringBuilder();
            for (int i = 0; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c > ' ' && c != '\u007f') cleaned.append(c);
            }
            String u = cleaned.toString();
            int colon = u.indexOf(':');
            if (colon < 0) return true;
            int firstDelimiter = indexOfAny(u, "/?#");
            if (firstDelimiter >= 0 && firstDelimiter < colon) return true; // the colon is in the path: relative
            String scheme = u.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            return ALLOWED_SCHEMES.contains(scheme);
        }

        private static int indexOfAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
            return -1;
        }
    }
}
