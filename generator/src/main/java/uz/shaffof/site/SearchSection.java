package uz.shaffof.site;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.content.Region;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;
import uz.shaffof.search.SearchAliases;
import uz.shaffof.search.SearchDoc;

/**
 * The search page of each edition and the documents it searches. The page is planned after every other page
 * has been rendered, because it lists them all: with JavaScript off, that list is the search.
 */
public final class SearchSection {
    static final String ROUTE = "search/";

    /** The kinds a result is labelled with, in the order results of equal standing are listed. */
    static final List<String> KINDS = List.of("region", "report", "indicator", "project", "dataset", "chart",
            "section", SearchDoc.PAGE);

    /**
     * What a snippet never quotes: the heading (the result's title already), charts' drawings and data, the embed
     * code box, forms, buttons, and text only screen readers get.
     */
    private static final String NOT_QUOTED = "h1, svg, script, style, template, textarea, form, button, nav, "
            + "[hidden], .visually-hidden";

    private SearchSection() {}

    public record Hit(String title, String href, String kind, String description) {}

    public record Kind(String key, String label) {}

    public record SearchBody(String title, String intro, List<Hit> pages, List<Kind> kinds, String metaPath,
                             String docsPath) {}

    /**
     * One document per page pair that a reader would want as a result, in page order: titled from each edition's
     * {@code <h1>}, with its kind, each edition's description and text for snippets, and the words of its main
     * text. The pages are parsed in parallel (a parse per page and edition is most of the work), and only when
     * {@code session} has no document for the same bytes, in memory or in its {@link SearchDocCache}.
     */
    static List<SearchDoc> docs(List<PagePlan> plans, List<OutputFile> pages, BuildSession session) {
        Map<String, String> templates = new HashMap<>();
        for (PagePlan p : plans) templates.put(p.route(), p.template());
        Map<String, OutputFile> cyrl = new HashMap<>();
        for (OutputFile f : pages) if (f.path().startsWith("oz/")) cyrl.put(f.path().substring(3), f);
        SearchDocCache.Run run = session.startSearch();
        List<SearchDoc> docs = pages.parallelStream()
                .filter(f -> f.path().startsWith("uz/") && f.path().endsWith("index.html")
                        && cyrl.containsKey(f.path().substring(3)))
                .filter(f -> isResult(routeOf(f), templates.get(routeOf(f))))
                .map(f -> {
                    String route = routeOf(f);
                    OutputFile twin = cyrl.get(f.path().substring(3));
                    return session.searchDoc(route, kindOf(route, templates.get(route)), f, twin, run,
                            () -> read(f, twin));
                })
                .toList();
        run.finish();
        return docs;
    }

    /** What search reads from a page pair: each edition's face, and the words of the Latin page's main text. */
    static SearchDocCache.Reading read(OutputFile latnPage, OutputFile cyrlPage) {
        Document latn = Jsoup.parse(latnPage.text());
        Document cyrl = Jsoup.parse(cyrlPage.text());
        Element main = latn.selectFirst("main");
        return new SearchDocCache.Reading(face(latn), face(cyrl), main == null ? "" : main.text());
    }

    private static String routeOf(OutputFile latn) {
        String rest = latn.path().substring(3);
        return rest.substring(0, rest.length() - "index.html".length());
    }

    /**
     * Whether a page is a search result. An embed page is a chart without the site around it (no navigation), made
     * for other sites' frames; a project set's page filtered by status, owner or region repeats its set's title and
     * rows. Neither is a place to send a reader: the chart page and the set's page are.
     */
    static boolean isResult(String route, String template) {
        if (template == null) return true;
        if (template.equals("embed.ftlh")) return false;
        if (template.equals("project-set.ftlh")) return route.chars().filter(c -> c == '/').count() == 2;
        return true;
    }

    /** The kind of a page, from the template that renders it (and for a document, where it stands). */
    static String kindOf(String route, String template) {
        if (template == null) return SearchDoc.PAGE;
        return switch (template) {
            case "region.ftlh" -> "region";
            case "indicator.ftlh" -> "indicator";
            case "chart.ftlh" -> "chart";
            case "dataset.ftlh" -> "dataset";
            case "project-set.ftlh" -> "project";
            case "document.ftlh" -> route.startsWith("reports/") ? "report" : SearchDoc.PAGE;
            case "home.ftlh", "regions.ftlh", "indicators.ftlh", "reports.ftlh", "projects.ftlh", "data.ftlh",
                 "portal.ftlh", "websites.ftlh", "outcomes.ftlh" -> "section";
            default -> SearchDoc.PAGE;
        };
    }

    /** A page in its edition as a result shows it. */
    private static SearchDoc.Face face(Document d) {
        Element h1 = d.selectFirst("main h1");
        String title = h1 != null ? h1.text() : d.title();
        Element description = d.selectFirst("meta[name=description]");
        Element main = d.selectFirst("main");
        String excerpt = "";
        if (main != null) {
            Element quoted = main.clone();
            quoted.select(NOT_QUOTED).remove();
            excerpt = quoted.text();
        }
        return new SearchDoc.Face(title, description == null ? "" : description.attr("content"), excerpt);
    }

    /**
     * The other spellings of the site's places: each region's English and Russian names lead to the name the site
     * writes.
     */
    static SearchAliases aliases(SiteContext ctx) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Region r : ctx.content().regions()) names.put(r.code(), ctx.text(r.name(), Edition.LATN));
        return SearchAliases.forPlaces(names);
    }

    static PagePlan plan(SiteContext ctx, List<SearchDoc> docs) {
        return new PagePlan(ROUTE, "search.ftlh", e -> {
            List<Hit> hits = docs.stream().map(d -> {
                SearchDoc.Face face = e == Edition.LATN ? d.latn() : d.cyrl();
                return new Hit(face.title(), d.route(), ctx.ui("search.kind." + d.kind(), e), face.description());
            }).toList();
            List<Kind> kinds = KINDS.stream().map(k -> new Kind(k, ctx.ui("search.kind." + k, e))).toList();
            return PageView.of(ctx.ui("nav.search", e), ctx.ui("search.description", e), ROUTE,
                    new SearchBody(ctx.ui("nav.search", e), ctx.ui("search.description", e), hits, kinds,
                            "search/meta.json", e.prefix() + "/search/docs.json")).withScripts("search.js");
        });
    }
}
