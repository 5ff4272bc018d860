package uz.shaffof.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.gate.LinkGate;
import uz.shaffof.search.PageText;

/**
 * The jsoup pass over a finished page, as a site generator does it before writing (Hugo's publishing transformers,
 * our planned post-processing stage): parse the page, rewrite it, serialise it without pretty printing. The
 * rewrites are the ones a phone-first, accessible site needs: every table is wrapped in a focusable, labelled
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
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        List<Element> tables = new ArrayList<>();
        String label = "";
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "table" -> tables.add(e);
                case "a" -> markExternal(e);
                case "h1" -> label = label.isEmpty() ? e.text() : label;
                default -> { }
            }
        }
        for (Element table : tables) wrap(table, label);
        List<String> text = null;
        if (searchText) {
            text = clock.time(Stage.SEARCH_TEXT, () -> {
                Element main = doc.selectFirst("main");
                return PageText.runs(main == null ? doc.body() : main);
            });
        }
        links.put(path, clock.time(Stage.LINK_PARSE, () -> LinkGate.PageLinks.of(doc)));
        return new Result(doc.outerHtml().getBytes(StandardCharsets.UTF_8), text);
    }

    private void markExternal(Element a) {
        String href = a.attr("href").toLowerCase(Locale.ROOT);
        if ((href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//"))
                && !href.startsWith(baseUrl)) {
            a.attr("rel", "external noopener");
        }
    }

    private static void wrap(Element table, String label) {
        Element parent = table.parent();
        if (parent != null && parent.hasClass("table-scroll")) return;
        Element region = new Element("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0")
                .attr("aria-label", label);
        table.before(region);
        region.appendChild(table);
    }
}
