package uz.shaffof.site;

import java.util.List;
import uz.shaffof.content.Better;
import uz.shaffof.figures.PortalRow;
import uz.shaffof.i18n.Edition;

/**
 * The Single Portal of Interactive State Services: appeals received, reviewed late, the share reviewed late
 * (computed), satisfaction on its scale, by year and region; and dated events such as the launch of a khokim's
 * virtual reception.
 */
public final class PortalSection {
    private PortalSection() {}

    public record Row(String region, String regionHref, String year, String received, String late, String lateShare,
               String satisfaction, FigureViews.ChangeView receivedChange, FigureViews.ChangeView lateShareChange,
               String source, String sourceHref) {}

    public record Event(String date, String isoDate, String region, String title, String source, String sourceHref) {}

    public record PortalBody(String title, String description, List<Row> rows, List<Event> events, String datasetId,
                      List<ChartSection.ChartView> charts) {}

    static List<PagePlan> plan(SiteContext ctx, ChartSection charts) {
        if (ctx.content().portal() == null) return List.of();
        return List.of(new PagePlan("portal/", "portal.ftlh", e -> view(ctx, charts, e)));
    }

    private static PageView view(SiteContext ctx, ChartSection charts, Edition e) {
        var portal = ctx.content().portal();
        List<Row> rows = ctx.figures().portal().rows().stream().map(r -> row(ctx, r, e)).toList();
        List<Event> events = portal.events().stream().map(ev -> new Event(ctx.date(ev.date(), e), ev.date().toString(),
                ctx.regionName(ev.region(), e), ctx.text(ev.title(), e), ctx.sourceLine(ev.citation(), e),
                ctx.sourceHref(ev.citation()))).toList();
        String title = ctx.text(portal.title(), e);
        List<ChartSection.ChartView> shown = charts.forDataset(d -> d.startsWith("portal."), e);
        return ChartSection.withCharts(PageView.of(title, ctx.text(portal.description(), e), "portal/",
                new PortalBody(title, ctx.text(portal.description(), e), rows, events, ctx.publishedDataset("portal"), shown)), shown);
    }

    private static Row row(SiteContext ctx, PortalRow r, Edition e) {
        String noData = ctx.ui("no-data", e);
        String satisfaction = r.satisfaction() == null ? noData
                : ctx.number(r.satisfaction()) + " / " + ctx.number(r.satisfactionScale());
        return new Row(ctx.regionName(r.region(), e),
                r.region() == null ? null : "regions/" + ctx.region(r.region()).slug() + "/", ctx.year(r.year(), e),
                r.received() == null ? noData : ctx.number(r.received()),
                r.late() == null ? noData : ctx.number(r.late()),
                r.lateSharePercent() == null ? noData : ctx.number(r.lateSharePercent()) + "\u00A0%", satisfaction,
                FigureViews.change(ctx, r.receivedChange(), null, Better.NEITHER, e),
                FigureViews.change(ctx, r.lateShareChange(), "percentage-point", Better.LOWER, e),
                ctx.sourceLine(r.citation(), e), ctx.sourceHref(r.citation()));
    }
}
