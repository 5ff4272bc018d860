package uz.shaffof.site;

import java.util.ArrayList;
import java.util.List;
import uz.shaffof.content.Indicator;
import uz.shaffof.figures.ComparisonRow;
import uz.shaffof.figures.IndicatorComparison;
import uz.shaffof.figures.Series;
import uz.shaffof.i18n.Edition;

/**
 * The indicators: an index, and one page each comparing all regions in the latest year (ranked, best first),
 * with the trend over the years, the definition, unit, direction, method and sources.
 */
public final class IndicatorSection {
    private IndicatorSection() {}

    public record IndicatorCard(String title, String href, String unit, String latestYear, int regionsWithData) {}

    public record IndicatorsBody(String title, String intro, List<IndicatorCard> indicators) {}

    public record RankedRow(String rank, String region, String regionHref, String value, FigureViews.ChangeView change,
                     String stated) {}

    /** The trend: one row per region with data, one cell per year ({@code null} cell: no data that year). */
    public record TrendRow(String region, List<String> cells) {}

    public record IndicatorBody(String title, String definition, String methodology, String unit, String better,
                         boolean derived, String derivation, String year, List<RankedRow> ranked, List<String> noData,
                         List<String> years, List<TrendRow> trend, List<SourceItem> sources, String datasetId,
                         List<ChartSection.ChartView> charts) {}

    static List<PagePlan> plan(SiteContext ctx, ChartSection charts) {
        List<PagePlan> plans = new ArrayList<>();
        plans.add(new PagePlan("indicators/", "indicators.ftlh", e -> PageView.of(ctx.ui("nav.indicators", e),
                ctx.ui("indicators.description", e), "indicators/", new IndicatorsBody(ctx.ui("nav.indicators", e),
                        ctx.ui("indicators.description", e), cards(ctx, e)))));
        for (Indicator i : ctx.content().indicators()) {
            plans.add(new PagePlan("indicators/" + i.id() + "/", "indicator.ftlh", e -> page(ctx, charts, i, e),
                    PageSource.of(i.pos())));
        }
        return plans;
    }

    private static List<IndicatorCard> cards(SiteContext ctx, Edition e) {
        return ctx.figures().comparisons().stream().map(c -> new IndicatorCard(ctx.text(c.indicator().title(), e),
                "indicators/" + c.indicator().id() + "/", ctx.unit(c.indicator().unit(), e),
                c.year() == null ? null : ctx.year(c.year(), e), c.ranked().size())).toList();
    }

    private static PageView page(SiteContext ctx, ChartSection charts, Indicator i, Edition e) {
        IndicatorComparison c = ctx.figures().comparison(i.id()).orElseThrow();
        List<RankedRow> ranked = new ArrayList<>();
        for (ComparisonRow row : c.ranked()) {
            ranked.add(new RankedRow(FigureViews.rank(ctx, row.rank(), e), ctx.text(row.region().name(), e),
                    "regions/" + row.region().slug() + "/", FigureViews.value(ctx, row.point(), i.unit(), e),
                    FigureViews.change(ctx, row.change(), i.unit(), i.better(), e),
                    FigureViews.discrepancy(ctx, row.discrepancy(), i.unit(), e)));
        }
        List<Integer> years = c.years();
        List<TrendRow> trend = new ArrayList<>();
        if (!c.national().isEmpty()) trend.add(trendRow(ctx.ui("country", e), c.national(), years, ctx, i, e));
        for (Series s : c.trend()) {
            if (!s.isEmpty()) trend.add(trendRow(ctx.regionName(s.region(), e), s, years, ctx, i, e));
        }
        List<SourceItem> sources = c.trend().stream().flatMap(s -> s.points().stream())
                .flatMap(p -> p.citations().stream()).distinct()
                .map(ct -> new SourceItem(ctx.sourceLine(ct, e), ctx.sourceHref(ct))).distinct().toList();
        String title = ctx.text(i.title(), e);
        String derivation = i.isDerived() ? ctx.ui("indicator.derived", e)
                .replace("{0}", indicatorTitle(ctx, i.derivation().numerator(), e))
                .replace("{1}", indicatorTitle(ctx, i.derivation().denominator(), e)) : null;
        List<ChartSection.ChartView> shown = new ArrayList<>();
        charts.view(ChartCatalog.indicatorChartId(i), e).ifPresent(shown::add);
        // The indicator's own chart may be an editors' chart of the same figures (ChartCatalog): shown once.
        charts.forDataset(d -> d.equals(i.id()), e).stream().filter(v -> !shown.contains(v)).forEach(shown::add);
        PageView view = PageView.of(title, ctx.text(i.definition(), e), "indicators/", new IndicatorBody(title,
                ctx.text(i.definition(), e), ctx.text(i.methodology(), e), ctx.unit(i.unit(), e),
                ctx.ui("better." + i.better().name().toLowerCase(java.util.Locale.ROOT), e), i.isDerived(), derivation,
                c.year() == null ? null : ctx.year(c.year(), e), ranked,
                c.noData().stream().map(r -> ctx.text(r.name(), e)).toList(),
                years.stream().map(String::valueOf).toList(), trend, sources, ctx.publishedDataset("indicator-" + i.id()), shown));
        return ChartSection.withCharts(shown.isEmpty() ? view : view.withOgImage(shown.get(0).png()), shown);
    }

    private static TrendRow trendRow(String label, Series s, List<Integer> years, SiteContext ctx, Indicator i,
                                     Edition e) {
        return new TrendRow(label, years.stream()
                .map(y -> s.at(y).map(p -> FigureViews.value(ctx, p, null, e)).orElse(null)).toList());
    }

    private static String indicatorTitle(SiteContext ctx, String id, Edition e) {
        return ctx.content().indicators().stream().filter(x -> x.id().equals(id)).findFirst()
                .map(x -> ctx.text(x.title(), e)).orElse(id);
    }
}
