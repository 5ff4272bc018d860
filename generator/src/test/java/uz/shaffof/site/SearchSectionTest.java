package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;
import uz.shaffof.search.SearchDoc;

/** Which pages search offers as results, of what kind, and what a result quotes of each. */
class SearchSectionTest {

    private static PagePlan plan(String route, String template) {
        return new PagePlan(route, template, e -> null);
    }

    private static List<OutputFile> pages(List<PagePlan> plans, String latnMain, String cyrlMain) {
        List<OutputFile> pages = new ArrayList<>();
        for (PagePlan p : plans) {
            pages.add(OutputFile.text(p.outputPath(Edition.LATN), html("Andijon", latnMain)));
            pages.add(OutputFile.text(p.outputPath(Edition.CYRL), html("Андижон", cyrlMain)));
        }
        return pages;
    }

    private static String html(String description, String main) {
        return "<!DOCTYPE html><html><head><title>t</title><meta name=\"description\" content=\"" + description
                + " viloyati haqida\"></head><body><nav>Menyu</nav><main>" + main + "</main></body></html>";
    }

    /**
     * An embed page (a chart without the site around it) and a project set filtered by status, owner or region
     * (the set's title and rows again) are not results; every other page is, once, with the kind of its template.
     */
    @Test
    void embedsAndFilteredProjectSetsAreNotResultsAndEachPageHasItsKind() {
        List<PagePlan> plans = List.of(plan("regions/andijon/", "region.ftlh"), plan("embed/tv/", "embed.ftlh"),
                plan("charts/tv/", "chart.ftlh"), plan("projects/plans/", "project-set.ftlh"),
                plan("projects/plans/status/planned/", "project-set.ftlh"),
                plan("projects/plans/region/andijon/", "project-set.ftlh"),
                plan("reports/andijan-ict-2016/", "document.ftlh"), plan("about/", "document.ftlh"),
                plan("data/portal/", "dataset.ftlh"), plan("indicators/tv/", "indicator.ftlh"),
                plan("regions/", "regions.ftlh"));
        try (BuildSession session = new BuildSession()) {
            List<SearchDoc> docs = SearchSection.docs(plans, pages(plans, "<h1>Andijon</h1>", "<h1>Андижон</h1>"),
                    session);
            assertEquals(List.of("regions/andijon/ region", "charts/tv/ chart", "projects/plans/ project",
                            "reports/andijan-ict-2016/ report", "about/ page", "data/portal/ dataset",
                            "indicators/tv/ indicator", "regions/ section"),
                    docs.stream().map(d -> d.route() + " " + d.kind()).toList());
        }
    }

    /**
     * A snippet is cut from the page's own text in each edition's script, without what it never quotes: the
     * heading (the result's title), a chart's drawing, the embed code, scripts and screen-reader-only text. The
     * description is the page's meta description.
     */
    @Test
    void aSnippetQuotesTheTextOfEachEditionWithoutHeadingChartOrCode() {
        List<PagePlan> plans = List.of(plan("regions/andijon/", "region.ftlh"));
        String chart = "<svg><text>2016</text></svg><textarea>&lt;iframe src=x&gt;</textarea>"
                + "<script type=\"application/json\">{\"a\":1}</script><span class=\"visually-hidden\">yashirin</span>";
        try (BuildSession session = new BuildSession()) {
            SearchDoc doc = SearchSection.docs(plans, pages(plans,
                    "<h1>Andijon viloyati</h1><p>Markazi: Andijon.</p>" + chart + "<p>Internet &lt;tez&gt;.</p>",
                    "<h1>Андижон вилояти</h1><p>Маркази: Андижон.</p>" + chart + "<p>Интернет.</p>"), session).get(0);
            assertEquals(new SearchDoc.Face("Andijon viloyati", "Andijon viloyati haqida",
                    "Markazi: Andijon. Internet <tez>."), doc.latn());
            assertEquals(new SearchDoc.Face("Андижон вилояти", "Андижон viloyati haqida", "Маркази: Андижон. Интернет."),
                    doc.cyrl());
        }
    }
}
