package uz.shaffof.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import uz.shaffof.gate.LinkGate;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.search.PageText;

/**
 * The jsoup pass over a finished page, as a site generator does it before writing (Hugo's publishing transformers,
 * our planned post-processing stage): parse the page, take what the search index and the link check need, and make
 * sure of what a phone-first, accessible site needs: every table is in a focusable, labelled scroll region, and every
 * link that leaves the site has {@code rel="external noopener"}. The Markdown renderer already writes both (as Hugo's
 * render hooks would), so a page normally needs no change and its bytes are written as they are; a page that does
 * (a template's own table or link, raw HTML) has its tree rewritten and serialised without pretty printing.
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
        // No position tracking: it made the parse a third slower, and only an edit in place needed it.
        Document doc = Parser.htmlParser().parseInput(html, "");
        List<Element> unwrapped = new ArrayList<>(0);
        List<Element> unmarked = new ArrayList<>(0);
        String label = "";
        Element main = null;
        List<Element> elements = doc.getAllElements();
        for (Element e : elements) {
            switch (e.normalName()) {
                case "table" -> {
                    if (!isWrapped(e)) unwrapped.add(e);
                }
                case "a" -> {
                    if (isExternal(e) && !EXTERNAL.equals(e.attr("rel"))) unmarked.add(e);
                }
                case "h1" -> label = label.isEmpty() ? e.text() : label;
                case "main" -> main = main == null ? e : main;
                default -> { }
            }
        }
        List<String> text = null;
        if (searchText) {
            Element root = main == null ? doc.body() : main;
            text = clock.time(Stage.SEARCH_TEXT, () -> PageText.runs(root));
        }
        // Taken before any rewrite: the wrapper and rel a rewrite adds carry no link and no id.
        links.put(path, clock.time(Stage.LINK_PARSE, () -> LinkGate.PageLinks.of(elements)));
        String out = html;
        if (!unwrapped.isEmpty() || !unmarked.isEmpty()) {
            for (Element a : unmarked) a.attr("rel", EXTERNAL);
            for (Element table : unwrapped) wrap(table, label);
            doc.outputSettings().prettyPrint(false);
            out = doc.outerHtml();
        }
        return new Result(out.getBytes(StandardCharsets.UTF_8), text);
    }

    private static final String EXTERNAL = MarkdownRenderer.EXTERNAL_REL;

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
