package uz.shaffof.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import uz.shaffof.gate.LinkGate;
import uz.shaffof.search.PageText;

/**
 * The jsoup pass over a finished page, as a site generator does it before writing (Hugo's publishing transformers,
 * our planned post-processing stage): parse the page and rewrite it. The rewrites are made as edits of the page's
 * text at the places the parser tracked, so the page is not serialised again; where a place is not exact, the tree
 * is rewritten and serialised without pretty printing (the same document either way). The rewrites are the ones a phone-first, accessible site needs: every table is wrapped in a focusable, labelled
 * scroll region, and links that leave the site get {@code rel="external noopener"}. On request it also takes the
 * page's main text for the search index, from the same parse, as runs ({@link PageText#runs}).
 *
 * <pre><code>PagePostProcessor.Result r = new PagePostProcessor("http://localhost/").process("uz/a.html", html, true, clock);</code></pre>
 */
final class PagePostProcessor {
    private final String baseUrl;
    /** The links and ids of every page processed so far, for the link check, by output path. */
    private final Map<String, LinkGate.PageLinks> links = new ConcurrentHashMap<>();

    /** @param baseUrl the site's own base URL; absolute links elsewhere are external */
    PagePostProcessor(String baseUrl) {
        this.baseUrl = baseUrl.toLowerCase(Locale.ROOT);
    }

    /**
     * What the link check needs of every page processed so far, taken from the same parse: the link check then
     * parses no page again and keeps no parsed page.
     */
    Map<String, LinkGate.PageLinks> links() {
        return links;
    }

    /** The rewritten page and, when {@code searchText} is asked for, the text of its {@code <main>} as runs (else null). */
    record Result(byte[] bytes, List<String> searchText) {}

    /**
     * The page at output path {@code path}, rewritten; {@code clock} times the search-text extraction as
     * {@link Stage#SEARCH_TEXT} and the taking of its links as {@link Stage#LINK_PARSE}.
     */
    Result process(String path, String html, boolean searchText, StageClock clock) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Element> tables = new ArrayList<>();
        List<Element> external = new ArrayList<>();
        String label = "";
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "table" -> tables.add(e);
                case "a" -> {
                    if (isExternal(e)) external.add(e);
                }
                case "h1" -> label = label.isEmpty() ? e.text() : label;
                default -> { }
            }
        }
        List<String> text = null;
        if (searchText) {
            text = clock.time(Stage.SEARCH_TEXT, () -> {
                Element main = doc.selectFirst("main");
                return PageText.runs(main == null ? doc.body() : main);
            });
        }
        links.put(path, clock.time(Stage.LINK_PARSE, () -> LinkGate.PageLinks.of(doc)));
        String out = spliced(html, tables, external, label);
        if (out == null) {
            for (Element a : external) a.attr("rel", EXTERNAL);
            for (Element table : tables) wrap(table, label);
            doc.outputSettings().prettyPrint(false);
            out = doc.outerHtml();
        }
        return new Result(out.getBytes(StandardCharsets.UTF_8), text);
    }

    private static final String EXTERNAL = "external noopener";

    /**
     * The page with the rewrites made as edits of its own text, at the places the parser tracked: the same document
     * as rewriting the tree and serialising it, without serialising (which cost a third of this pass), and the
     * template's bytes stay as written. Null when an edit has no exact place (a tag the parser implied, a table
     * already wrapped, a link with a {@code rel} of its own): then the tree is rewritten and serialised.
     */
    private static String spliced(String html, List<Element> tables, List<Element> external, String label) {
        List<Edit> edits = new ArrayList<>(tables.size() * 2 + external.size());
        String open = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
                + Entities.escape(label) + "\">"; // jsoup's own escaping, as its serialiser writes attributes
        for (Element table : tables) {
            Range start = table.sourceRange();
            Range end = table.endSourceRange();
            if (!exact(start) || !exact(end) || isWrapped(table)) return null;
            edits.add(new Edit(start.startPos(), open));
            edits.add(new Edit(end.endPos(), "</div>"));
        }
        for (Element a : external) {
            Range start = a.sourceRange();
            if (!exact(start) || a.hasAttr("rel")) return null;
            int close = start.endPos() - 1; // the start tag's '>'
            if (close < 0 || html.charAt(close) != '>') return null;
            if (html.charAt(close - 1) == '/') close--;
            edits.add(new Edit(close, " rel=\"" + EXTERNAL + "\""));
        }
        if (edits.isEmpty()) return html;
        edits.sort(Comparator.comparingInt(Edit::at));
        StringBuilder out = new StringBuilder(html.length() + edits.size() * open.length());
        int done = 0;
        for (Edit e : edits) {
            out.append(html, done, e.at()).append(e.text());
            done = e.at();
        }
        return out.append(html, done, html.length()).toString();
    }

    private record Edit(int at, String text) {}

    private static boolean exact(Range r) {
        return r.isTracked() && !r.isImplicit();
    }

    private static boolean isWrapped(Element table) {
        Element parent = table.parent();
        return parent != null && parent.hasClass("table-scroll");
    }

    private boolean isExternal(Element a) {
        String href = a.attr("href").toLowerCase(Locale.ROOT);
        return (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//"))
                && !href.startsWith(baseUrl);
    }

    private static void wrap(Element table, String label) {
        if (isWrapped(table)) return;
        Element region = new Element("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0")
                .attr("aria-label", label);
        table.before(region);
        region.appendChild(table);
    }
}
