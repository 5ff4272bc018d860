package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uz.shaffof.render.MarkdownRenderer;

/**
 * A page that needs no rewrite is written as it is, and one that does is rewritten as a tree. These tests hold the
 * pass to the definition (the same document as rewriting jsoup's tree and serialising it), and the Markdown renderer to
 * writing already what the pass would add.
 */
class PagePostProcessorTest {
    private static final String BASE = "http://localhost/";
    private static final String[] BLOCKS = {
        "<p>Matn va <a href=\"https://stat.uz/x?a=1&amp;b=2\">manba</a>.</p>",
        "<p><a href=\"HTTPS://Example.org\">katta harf</a> <a href=\"//cdn.example\">protokolsiz</a></p>",
        "<p><a href=\"http://localhost/latn/page-00001.html\">oʻz sayti</a> <a href=\"page-2.html\">nisbiy</a></p>",
        "<p><a href=\"https://t.me/x\" rel=\"me\">rel bor</a></p>",
        "<table><thead><tr><th>Hudud</th></tr></thead><tbody><tr><td>12</td></tr></tbody></table>",
        "<table><tr><td><table><tr><td>ichki</td></tr></table></td></tr></table>",
        "<div class=\"table-scroll\"><table><tr><td>oʻralgan</td></tr></table></div>",
        "<table><tr><td>yopilmagan</td></tr>",
        "<p>Тармоқ &amp; «ҳолати» <br> <img src=\"a.png\" alt=\"\"></p>",
        "<p><a href=\"https://a.example\"/>oʻz-oʻzini yopuvchi</p>",
    };

    @Test
    void theEditedPageIsTheDocumentTheTreeRewriteSerialises() {
        Random random = new Random(3);
        for (int n = 0; n < 500; n++) {
            StringBuilder body = new StringBuilder();
            int blocks = random.nextInt(6);
            for (int i = 0; i < blocks; i++) body.append(BLOCKS[random.nextInt(BLOCKS.length)]).append('\n');
            String title = random.nextBoolean() ? "Sarlavha \"qoʻshtirnoq\" & <belgi>" : "Hisobot " + n;
            String html = "<!DOCTYPE html>\n<html lang=\"uz\">\n<head><meta charset=\"utf-8\"><title>t</title></head>\n"
                    + "<body>\n<main>\n<h1>" + title.replace("&", "&amp;").replace("<", "&lt;") + "</h1>\n" + body
                    + "</main>\n</body>\n</html>\n";
            PagePostProcessor.Result r = new PagePostProcessor(BASE).process("p.html", html, false, new StageClock());
            String edited = new String(r.bytes(), StandardCharsets.UTF_8);
            assertEquals(treeRewrite(html), Jsoup.parse(edited).outerHtml(), html);
        }
    }

    @Test
    void aPageThatNeedsNothingIsWrittenByteForByte() {
        String html = "<!DOCTYPE html>\n<html lang=uz><head><meta charset=utf-8><title>t</title></head><body><main>"
                + "<h1>Bir &amp; ikki</h1>\n<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"x\">"
                + "<table><tr><td>1</td></tr></table></div>\n<a href=\"https://stat.uz\" rel=\"external noopener\">s</a>"
                + "<a href=\"http://localhost/latn/a.html\">own</a></main></body></html>\n";
        PagePostProcessor.Result r = new PagePostProcessor(BASE).process("p.html", html, false, new StageClock());
        assertEquals(html, new String(r.bytes(), StandardCharsets.UTF_8), "not even re-serialised");
    }

    @Test
    void aPageThatNeedsAnEditIsRewrittenAsATree() {
        String html = "<!DOCTYPE html>\n<html lang=\"uz\"><head><title>t</title></head><body><main><h1>Bir &amp; ikki</h1>\n"
                + "<table><tr><td>1</td></tr></table>\n<a href=\"https://stat.uz\" rel=\"me\">s</a></main></body></html>\n";
        PagePostProcessor.Result r = new PagePostProcessor(BASE).process("p.html", html, false, new StageClock());
        assertEquals("<!doctype html>\n<html lang=\"uz\"><head><title>t</title></head><body><main><h1>Bir &amp; ikki</h1>\n"
                + "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Bir &amp; ikki\">"
                + "<table><tbody><tr><td>1</td></tr></tbody></table></div>\n<a href=\"https://stat.uz\" rel=\"external noopener\">s</a>"
                + "</main></body></html>\n", new String(r.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theMarkdownRendererAlreadyWritesWhatThePassWouldAdd() {
        MarkdownRenderer markdown = new MarkdownRenderer(UnaryOperator.identity(), BASE);
        String body = markdown.render("Manba: [stat.uz](https://stat.uz/ru?a=1&b=2), [oʻzimiz](http://localhost/a.html), "
                + "[nisbiy](b.html).\n\n| Hudud | Son |\n|---|---:|\n| Buxoro | 12 |\n\n<table><tr><td>xom</td></tr></table>\n",
                UnaryOperator.identity(), text -> null, "Sarlavha \"1\" & <2>").html();
        String page = "<!DOCTYPE html>\n<html lang=\"uz\"><head><title>t</title></head><body><main>"
                + "<h1>Sarlavha &quot;1&quot; &amp; &lt;2&gt;</h1>\n" + body + "</main></body></html>\n";
        PagePostProcessor.Result r = new PagePostProcessor(BASE).process("p.html", page, false, new StageClock());
        assertEquals(page, new String(r.bytes(), StandardCharsets.UTF_8), "raw HTML is escaped: no table of its own");
        assertEquals(treeRewrite(page), Jsoup.parse(page).outerHtml(), "and it is the document the pass would make");
    }

    @Test
    void searchTextAndLinksComeFromTheSameParse() {
        String html = "<html><body><nav><a href=\"x.html\">nav</a></nav><main><h1 id=\"t\">Sarlavha</h1>"
                + "<p>hi<b>sob</b>ot</p></main></body></html>";
        PagePostProcessor post = new PagePostProcessor(BASE);
        PagePostProcessor.Result r = post.process("p.html", html, true, new StageClock());
        assertEquals("Sarlavha hisobot", String.join("", r.searchText()).replaceAll("\\s+", " ").trim());
        assertTrue(post.links().containsKey("p.html"));
    }

    /** The definition: parse, rewrite the tree, serialise; then as jsoup reads the result back. */
    private static String treeRewrite(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        Element h1 = doc.selectFirst("h1");
        String label = h1 == null ? "" : h1.text();
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").toLowerCase(Locale.ROOT);
            if ((href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//"))
                    && !href.startsWith(BASE)) a.attr("rel", "external noopener");
        }
        for (Element table : List.copyOf(doc.select("table"))) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-scroll")) continue;
            Element region = new Element("div").addClass("table-scroll").attr("role", "region").attr("tabindex", "0")
                    .attr("aria-label", label);
            table.before(region);
            region.appendChild(table);
        }
        return Jsoup.parse(doc.outerHtml()).outerHtml();
    }
}
