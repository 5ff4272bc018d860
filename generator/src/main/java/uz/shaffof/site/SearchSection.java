package uz.shaffof.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;
import uz.shaffof.search.SearchDoc;

/**
 * The search page of each edition and the documents it searches. The page is planned after every other page
 * has been rendered, because it lists them all: with JavaScript off, that list is the search.
 */
public final class SearchSection {
    static final String ROUTE = "search/";
    /** Embed pages are a chart without the site around it (no navigation) for other sites' frames: never a result. */
    private static final String EMBED = "embed/";

    private SearchSection() {}

    public record Hit(String title, String href) {}

    public record SearchBody(String title, String intro, List<Hit> pages, String metaPath, String docsPath) {}

    /**
     * One document per page pair (embed pages left out), titled from each edition's {@code <h1>}, with the words of its main text; in page
     * order. The pages are parsed in parallel (a parse per page and edition is most of the work), and only when
     * {@code session} has no document for the same bytes.
     */
    static List<SearchDoc> docs(List<OutputFile> pages, BuildSession session) {
        Map<String, OutputFile> cyrl = new HashMap<>();
        for (OutputFile f : pages) if (f.path().startsWith("oz/")) cyrl.put(f.path().substring(3), f);
        return pages.parallelStream()
                .filter(f -> f.path().startsWith("uz/") && f.path().endsWith("index.html")
                        && !f.path().startsWith("uz/" + EMBED) && cyrl.containsKey(f.path().substring(3)))
                .map(f -> {
                    String rest = f.path().substring(3);
                    String route = rest.substring(0, rest.length() - "index.html".length());
                    OutputFile twin = cyrl.get(rest);
                    return session.searchDoc(route, f, twin, () -> {
                        Document latn = Jsoup.parse(f.text());
                        Element main = latn.selectFirst("main");
                        return new SearchDoc(route, heading(latn), heading(Jsoup.parse(twin.text())),
                                main == null ? "" : main.text());
                    });
                })
                .toList();
    }

    private static String heading(Document d) {
        Element h1 = d.selectFirst("main h1");
        return h1 != null ? h1.text() : d.title();
    }

    static PagePlan plan(SiteContext ctx, List<SearchDoc> docs) {
        return new PagePlan(ROUTE, "search.ftlh", e -> {
            List<Hit> hits = docs.stream()
                    .map(d -> new Hit(e == Edition.LATN ? d.titleLatn() : d.titleCyrl(), d.route()))
                    .toList();
            return PageView.of(ctx.ui("nav.search", e), ctx.ui("search.description", e), ROUTE,
                    new SearchBody(ctx.ui("nav.search", e), ctx.ui("search.description", e), hits, "search/meta.json",
                            e.prefix() + "/search/docs.json")).withScripts("search.js");
        });
    }
}
