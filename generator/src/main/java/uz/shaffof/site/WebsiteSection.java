package uz.shaffof.site;

import java.util.Comparator;
import java.util.List;
import uz.shaffof.content.Better;
import uz.shaffof.figures.WebsiteRow;
import uz.shaffof.figures.WebsiteTable;
import uz.shaffof.i18n.Edition;

/**
 * The ratings of official websites under Cabinet of Ministers resolution No. 355 of 31.12.2013: a ranked table
 * per year, newest first, with the change since the previous rating (points and percent, computed) and any
 * stated change that disagrees.
 */
public final class WebsiteSection {
    private WebsiteSection() {}

    public record Row(String rank, String organisation, String region, String regionHref, String score,
               FigureViews.ChangeView change, String stated, String source, String sourceHref) {}

    public record YearTable(String year, String yearId, List<Row> rows) {}

    public record WebsitesBody(String title, String method, String scale, List<YearTable> years, String datasetId,
                        List<ChartSection.ChartView> charts) {}

    static List<PagePlan> plan(SiteContext ctx, ChartSection charts) {
        if (ctx.content().websites() == null) return List.of();
        return List.of(new PagePlan("websites/", "websites.ftlh", e -> view(ctx, charts, e)));
    }

    private static PageView view(SiteContext ctx, ChartSection charts, Edition e) {
        var ratings = ctx.content().websites();
        List<YearTable> years = ctx.figures().websiteTables().stream()
                .sorted(Comparator.comparingInt(WebsiteTable::year).reversed())
                .map(t -> new YearTable(ctx.year(t.year(), e), "y" + t.year(),
                        t.rows().stream().map(r -> row(ctx, r, e)).toList()))
                .toList();
        String title = ctx.text(ratings.title(), e);
        List<ChartSection.ChartView> shown = charts.forDataset(d -> d.equals("websites.score"), e);
        return ChartSection.withCharts(PageView.of(title, ctx.text(ratings.method(), e), "websites/",
                new WebsitesBody(title, ctx.text(ratings.method(), e),
                        ratings.scale() == null ? null : ctx.number(ratings.scale()), years, ctx.publishedDataset("websites"), shown)), shown);
    }

    private static Row row(SiteContext ctx, WebsiteRow r, Edition e) {
        var s = r.score();
        return new Row(FigureViews.rank(ctx, r.rank(), e), ctx.text(s.organisationName(), e),
                s.region() == null ? null : ctx.regionName(s.region(), e),
                s.region() == null ? null : "regions/" + ctx.region(s.region()).slug() + "/", ctx.number(s.score()),
                FigureViews.change(ctx, r.change(), "score", Better.HIGHER, e),
                FigureViews.discrepancy(ctx, r.discrepancy(), "percent", e), ctx.sourceLine(s.citation(), e),
                ctx.sourceHref(s.citation()));
    }
}
