package uz.shaffof.site;

import java.util.ArrayList;
import java.util.List;
import uz.shaffof.content.Region;
import uz.shaffof.i18n.Edition;

/** The regions: an index of the 14 territorial units and one profile page each. */
public final class RegionSection {
    /** The template of a region's page, the only page whose body is a {@link RegionBody}. */
    static final String TEMPLATE = "region.ftlh";

    private RegionSection() {}

    public record RegionCard(String name, String center, String kind, String href, int indicatorsWithData) {}

    public record RegionsBody(String title, String intro, List<RegionCard> regions, List<ChartSection.ChartView> charts) {}

    /** One indicator on a region's page: its latest value, change, rank and source, or "no data". */
    public record ProfileRow(String indicator, String href, boolean hasData, String value, String year,
                      FigureViews.ChangeView change, String rank, String source, String sourceHref,
                      String stated) {}

    public record RegionBody(String title, String kind, String center, List<String> districts, List<ProfileRow> rows,
                      int withData, List<DocumentSection.Item> reports, String portalHref,
                      List<ChartSection.ChartView> charts, String sendData, String sendDataHref) {}

    static List<PagePlan> plan(SiteContext ctx, ChartSection charts) {
        List<PagePlan> plans = new ArrayList<>();
        plans.add(new PagePlan("regions/", "regions.ftlh", e -> {
            List<ChartSection.ChartView> maps = charts.forDataset(d -> true, e).stream()
                    .filter(c -> isTileMap(ctx, c.id())).toList();
            return ChartSection.withCharts(PageView.of(ctx.ui("nav.regions", e), ctx.ui("regions.description", e),
                    "regions/", new RegionsBody(ctx.ui("nav.regions", e), ctx.ui("regions.description", e),
                            cards(ctx, e), maps)), maps);
        }));
        for (Region r : ctx.content().regions()) {
            plans.add(new PagePlan("regions/" + r.slug() + "/", TEMPLATE, e -> profile(ctx, charts, r, e),
                    PageSource.of(r.pos())));
        }
        return plans;
    }

    private static PageView profile(SiteContext ctx, ChartSection charts, Region r, Edition e) {
        var profile = ctx.figures().profile(r.code()).orElseThrow();
        List<ProfileRow> rows = profile.entries().stream().map(en -> {
            var ind = en.indicator();
            String href = "indicators/" + ind.id() + "/";
            if (!en.hasData()) {
                return new ProfileRow(ctx.text(ind.title(), e), href, false, null, null, null, null, null, null, null);
            }
            return new ProfileRow(ctx.text(ind.title(), e), href, true, FigureViews.value(ctx, en.latest(), ind.unit(), e),
                    ctx.year(en.latest().year(), e), FigureViews.change(ctx, en.change(), ind.unit(), ind.better(), e),
                    FigureViews.rank(ctx, en.rank(), e), en.latest().citation() == null ? null
                            : ctx.shortSourceName(ctx.source(en.latest().citation().sourceId()), e),
                    ctx.sourceHref(en.latest().citation()),
                    FigureViews.discrepancy(ctx, en.discrepancy(), ind.unit(), e));
        }).toList();
        List<DocumentSection.Item> reports = DocumentSection.sortedReports(ctx).stream()
                .filter(d -> r.code().equals(d.region())).map(d -> DocumentSection.item(ctx, d, e)).toList();
        String name = ctx.text(r.name(), e);
        int withData = (int) rows.stream().filter(ProfileRow::hasData).count();
        String description = withData == 0 ? ctx.ui("region.description.nodata", e).replace("{0}", name)
                : ctx.ui("region.description", e).replace("{0}", name).replace("{1}", String.valueOf(withData));
        List<ChartSection.ChartView> regionCharts = profile.entries().stream()
                .map(en -> charts.view(ChartCatalog.regionChartId(r, en.indicator()), e))
                .flatMap(java.util.Optional::stream).distinct().toList();
        // The link's words are the report's title, so the publisher sees which region the data is for.
        String sendData = ctx.offersFeedback() ? ctx.ui("feedback.region", e).replace("{0}", name) : null;
        PageView view = PageView.of(name, description, "regions/", new RegionBody(name,
                ctx.ui("region.kind." + r.kind().name().toLowerCase(java.util.Locale.ROOT), e),
                r.center() == null ? null : ctx.text(r.center(), e),
                r.districts().stream().map(d -> ctx.text(d, e)).toList(), rows, withData, reports, "portal/",
                regionCharts, sendData, sendData == null ? null : ctx.feedbackHref(sendData)));
        // A link shared in Telegram shows the region's own card (PreviewCards): its first figure, the region on the map.
        return ChartSection.withCharts(view, regionCharts);
    }

    private static boolean isTileMap(SiteContext ctx, String chartId) {
        return ctx.content().charts().stream().anyMatch(c -> c.id().equals(chartId) && c.kind().equals("tile-map"));
    }

    private static List<RegionCard> cards(SiteContext ctx, Edition e) {
        return ctx.content().regions().stream().map(r -> new RegionCard(ctx.text(r.name(), e),
                r.center() == null ? null : ctx.text(r.center(), e),
                ctx.ui("region.kind." + r.kind().name().toLowerCase(java.util.Locale.ROOT), e),
                "regions/" + r.slug() + "/", withData(ctx, r))).toList();
    }

    private static int withData(SiteContext ctx, Region r) {
        return (int) ctx.content().indicators().stream()
                .filter(i -> i.observations().stream().anyMatch(o -> r.code().equals(o.region())))
                .count();
    }
}
