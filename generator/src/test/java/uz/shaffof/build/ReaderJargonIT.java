package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.ReaderJargon;
import uz.shaffof.testsite.RealSite;

/**
 * No page of the real site, in either edition, shows a reader a word of its editors or developers (the list and
 * why each is jargon: {@code reader/jargon.tsv}). Read is everything a reader can be shown: the text of the page
 * (chart text and the descriptions a screen reader speaks included), the labels and alternative texts, the
 * description a link preview quotes, and the messages the search script puts on the page. Column names in
 * {@code <code>} are left out: they are the downloaded files' own headers, each explained beside it.
 */
class ReaderJargonIT {

    private static final List<String> SHOWN_ATTRIBUTES = List.of("aria-label", "title", "alt", "placeholder");

    static Map<String, String> shown;

    @BeforeAll
    static void readThePages() {
        shown = new TreeMap<>();
        for (OutputFile f : RealSite.files().values()) {
            if (f.path().endsWith(".html")) shown.put(f.path(), shownText(Jsoup.parse(f.text())));
        }
    }

    /** The text a reader can be shown on a page, one piece per line. */
    static String shownText(Document page) {
        page.select("script, style, template, code").remove();
        StringBuilder out = new StringBuilder(page.body().wholeText()).append('\n');
        page.select("meta[name=description], meta[property=og:description], meta[property=og:title]")
                .forEach(m -> out.append(m.attr("content")).append('\n'));
        out.append(page.title()).append('\n');
        for (Element e : page.getAllElements()) {
            for (var a : e.attributes()) {
                if (SHOWN_ATTRIBUTES.contains(a.getKey()) || a.getKey().startsWith("data-msg-")
                        || a.getKey().startsWith("data-kind-")) {
                    out.append(a.getValue()).append('\n');
                }
            }
        }
        return out.toString().replace('\u00A0', ' ');
    }

    @Test
    void noPageShowsAReaderAnEditorsOrDevelopersWord() {
        List<ReaderJargon> terms = ReaderJargon.all();
        assertTrue(terms.size() >= 10, "the list is read: " + terms.size() + " terms");
        assertTrue(shown.keySet().stream().filter(p -> p.startsWith("uz/")).count() > 50, "the pages are read");
        List<String> found = new ArrayList<>();
        shown.forEach((path, text) -> terms.forEach(term -> term.findIn(text).ifPresent(f -> found.add(path + ": " + f))));
        assertTrue(found.isEmpty(), found.size() + " pieces of jargon:\n  " + String.join("\n  ", found));
    }

    /** The list can find what it names: each term on a page made to hold it (a test that cannot fail proves nothing). */
    @Test
    void everyTermIsFoundInTheTextAReaderIsShown() {
        Document page = Jsoup.parse("<html><head><title>t</title><meta name=description content='ISO 3166-2'></head>"
                + "<body><p>Manba identifikatori</p><p aria-label='UTF-8'>x</p><svg><desc>Hududlar kartogrammasi</desc>"
                + "</svg><form data-msg-error='Qidiruv indeksi yuklanmadi'></form><p>metamaʼlumot · Atom · JavaScript"
                + " · 1 ta kuzatuv · Транслитерация · derived</p><p><code>qualifier</code></p></body></html>");
        String text = shownText(page);
        for (ReaderJargon term : ReaderJargon.all()) {
            assertTrue(term.pattern().matcher(text).find(), "not found: " + term.pattern());
        }
        assertFalse(text.contains("qualifier"), "a column name in <code> is left out");
    }
}
