package uz.shaffof.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import uz.shaffof.chart.ChartKind;
import uz.shaffof.chart.ChartSpec;
import uz.shaffof.chart.Series;
import uz.shaffof.content.ChartDef;
import uz.shaffof.content.Citation;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Qualifier;
import uz.shaffof.content.Region;
import uz.shaffof.content.Text;
import uz.shaffof.content.WebsiteScore;
import uz.shaffof.figures.ComparisonRow;
import uz.shaffof.figures.IndicatorComparison;
import uz.shaffof.figures.Point;
import uz.shaffof.figures.Rounding;
import uz.shaffof.figures.PortalRow;
import uz.shaffof.figures.ProfileEntry;
import uz.shaffof.i18n.Edition;

/**
 * Every chart of the site: those defined in {@code content/charts/}, one per indicator with data (on the
 * indicator's page), and one per region and indicator with at least two years of data (on the region's page).
 * Each becomes a {@link ChartSpec} per edition, built from the derived figures: charts never carry numbers of
 * their own.
 */
final class ChartCatalog {
    private ChartCatalog() {}

    /** A chart: its id, the page it belongs to (route), what the figures say about it, and its spec per edition. */
    record Entry(String id, String homeRoute, String dataset, Text note, String method,
                 Function<Edition, ChartSpec> spec, uz.shaffof.problem.SourcePos source) {}

    /** A dataset as charts see it: a value per region and year (null: no data), its unit, title and sources. */
    /**
     * {@code exact}: the unrounded figure a published {@code value} came from, for computing changes;
     * {@code qualifier}: how exact the source's figure is (the portal's and websites' figures are exact).
     */
    private record Data(Text title, String unit, BiFunction<String, Integer, BigDecimal> value,
                        BiFunction<String, Integer, BigDecimal> exact, BiFunction<String, Integer, Qualifier> qualifier,
                        List<Integer> years, List<Citation> citations, String method) {
        /** The figure as the page writes it when the source qualifies it ("630 000 nafardan ortiq"); else null. */
        String qualified(SiteContext ctx, String region, int year, Edition e) {
            Qualifier q = qualifier.apply(region, year);
            return q == null || q == Qualifier.EXACT ? null : ctx.figure(value.apply(region, year), q, unit, e);
        }

        /** The chart's code for how the source states the figure ({@code more_than} ...); null when exactly. */
        String qualifierCode(String region, int year) {
            Qualifier q = qualifier.apply(region, year);
            return q == null || q == Qualifier.EXACT ? null : q.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The charts to draw, and the generated charts left out because an earlier chart draws the same figures
     * ({@code sameAs}: left-out id → the id of the chart shown in its place).
     */
    record Catalog(List<Entry> entries, Map<String, String> sameAs) {
        Catalog {
            entries = List.copyOf(entries);
            sameAs = Map.copyOf(sameAs);
        }
    }

    /**
     * Every chart: the editors' first, then one per indicator, then one per region and indicator. A generated chart
     * that would draw exactly the figures of an earlier one (an indicator with one region's data gives the same bars
     * on the indicator's page, on the region's page and in the editors' chart of it) is not drawn again: a reader
     * would meet the same chart twice on a page, and a press office three identical embeds.
     */
    static Catalog build(SiteContext ctx) {
        List<Entry> out = new ArrayList<>();
        Map<String, String> sameAs = new TreeMap<>();
        Map<String, String> byFigures = new HashMap<>();
        for (ChartDef def : ctx.content().charts()) keep(out, byFigures, fromDefinition(ctx, def));
        for (IndicatorComparison c : ctx.figures().comparisons()) {
            if (c.hasData()) keepOrAlias(out, byFigures, sameAs, indicatorChart(ctx, c));
        }
        for (Region r : ctx.content().regions()) {
            for (ProfileEntry en : ctx.figures().profile(r.code()).orElseThrow().entries()) {
                if (en.series().points().size() >= 2) keepOrAlias(out, byFigures, sameAs, regionChart(ctx, r, en));
            }
        }
        return new Catalog(out, sameAs);
    }

    private static void keep(List<Entry> out, Map<String, String> byFigures, Entry en) {
        out.add(en);
        byFigures.putIfAbsent(figures(en), en.id());
    }

    private static void keepOrAlias(List<Entry> out, Map<String, String> byFigures, Map<String, String> sameAs,
                                    Entry en) {
        String same = byFigures.get(figures(en));
        if (same != null) {
            sameAs.put(en.id(), same);
        } else {
            keep(out, byFigures, en);
        }
    }

    /** What a chart shows, whatever its title and kind: the unit, the categories and every series' figures. */
    private static String figures(Entry en) {
        ChartSpec spec = en.spec().apply(Edition.LATN);
        StringBuilder key = new StringBuilder(spec.unit()).append('\u0000').append(spec.categories());
        for (Series s : spec.series()) {
            key.append('\u0000');
            for (int k = 0; k < s.values().size(); k++) {
                BigDecimal v = s.values().get(k);
                key.append(v == null ? "-" : v.stripTrailingZeros().toPlainString()).append('/')
                        .append(s.qualified().get(k)).append(';');
            }
        }
        return key.toString();
    }

    static String regionChartId(Region r, Indicator i) {
        return shorten("region-" + r.slug() + "-" + i.id());
    }

    static String indicatorChartId(Indicator i) {
        return shorten("indicator-" + i.id());
    }

    /** Chart ids are at most 60 characters; a longer one keeps its start and gets a short hash. */
    private static String shorten(String id) {
        if (id.length() <= 60) return id;
        String hash = Integer.toHexString(id.hashCode() & 0xfffffff);
        return id.substring(0, 59 - hash.length()).replaceAll("-+$", "") + "-" + hash;
    }

    private static Entry fromDefinition(SiteContext ctx, ChartDef def) {
        Data data = data(ctx, def.dataset());
        ChartKind kind = ChartKind.valueOf(def.kind().toUpperCase(Locale.ROOT).replace('-', '_'));
        List<Integer> years = def.years().isEmpty() ? data.years() : def.years();
        List<String> regions = def.regions().isEmpty()
                ? ctx.content().regions().stream().map(Region::code).toList() : def.regions();
        return new Entry(def.id(), "charts/" + def.id() + "/", def.dataset(), def.note(), data.method(), e -> {
            String title = ctx.text(def.title(), e);
            String unit = ctx.unit(data.unit(), e);
            String source = sourceLine(ctx, data.citations(), e);
            if (kind == ChartKind.TILE_MAP || kind == ChartKind.PIE || years.size() == 1) {
                int year = years.get(years.size() - 1);
                List<String> categories = kind == ChartKind.TILE_MAP ? regions
                        : regions.stream().map(code -> ctx.regionName(code, e)).toList();
                List<BigDecimal> values = regions.stream().map(code -> data.value().apply(code, year)).toList();
                List<BigDecimal> exact = regions.stream().map(code -> data.exact().apply(code, year)).toList();
                List<String> qualified = regions.stream().map(code -> data.qualified(ctx, code, year, e)).toList();
                List<String> codes = regions.stream().map(code -> data.qualifierCode(code, year)).toList();
                return new ChartSpec(def.id(), kind, title, ctx.year(year, e), unit, categories,
                        List.of(new Series(ctx.text(data.title(), e), values, exact, qualified, codes)), e.script(),
                        source);
            }
            List<String> categories = years.stream().map(String::valueOf).toList();
            List<Series> series = regions.stream().map(code -> new Series(ctx.regionName(code, e),
                    years.stream().map(y -> data.value().apply(code, y)).toList(),
                    years.stream().map(y -> data.exact().apply(code, y)).toList(),
                    years.stream().map(y -> data.qualified(ctx, code, y, e)).toList(),
                    years.stream().map(y -> data.qualifierCode(code, y)).toList())).toList();
            return new ChartSpec(def.id(), kind, title, subtitle(years), unit, categories, series, e.script(), source);
        }, def.pos());
    }

    private static Entry indicatorChart(SiteContext ctx, IndicatorComparison c) {
        Indicator i = c.indicator();
        String id = indicatorChartId(i);
        return new Entry(id, "indicators/" + i.id() + "/", null, null, null, e -> {
            String unit = ctx.unit(i.unit(), e);
            String source = sourceLine(ctx, c.trend().stream().flatMap(s -> s.points().stream())
                    .flatMap(p -> p.citations().stream()).distinct().toList(), e);
            if (c.ranked().size() >= 2) {
                List<String> names = c.ranked().stream().map(r -> ctx.text(r.region().name(), e)).toList();
                List<Point> points = c.ranked().stream().map(ComparisonRow::point).toList();
                return new ChartSpec(id, ChartKind.HORIZONTAL_BAR, ctx.text(i.title(), e), ctx.year(c.year(), e), unit,
                        names, List.of(series(ctx, ctx.text(i.title(), e), points, i.unit(), e)), e.script(), source);
            }
            List<Integer> years = c.years();
            List<Series> series = c.trend().stream().filter(s -> !s.isEmpty()).map(s -> series(ctx,
                    ctx.regionName(s.region(), e), years.stream().map(y -> s.at(y).orElse(null)).toList(), i.unit(), e))
                    .toList();
            return new ChartSpec(id, years.size() > 2 ? ChartKind.LINE : ChartKind.BAR, ctx.text(i.title(), e),
                    subtitle(years), unit, years.stream().map(String::valueOf).toList(), series, e.script(), source);
        }, i.pos());
    }

    private static Entry regionChart(SiteContext ctx, Region r, ProfileEntry en) {
        Indicator i = en.indicator();
        String id = regionChartId(r, i);
        List<Point> points = en.series().points();
        return new Entry(id, "regions/" + r.slug() + "/", null, null, null, e -> new ChartSpec(id,
                points.size() > 3 ? ChartKind.LINE : ChartKind.BAR, ctx.text(i.title(), e),
                ctx.text(r.name(), e), ctx.unit(i.unit(), e),
                points.stream().map(p -> String.valueOf(p.year())).toList(),
                List.of(series(ctx, ctx.text(r.name(), e), points, i.unit(), e)), e.script(),
                sourceLine(ctx, points.stream().flatMap(p -> p.citations().stream()).distinct().toList(), e)), r.pos());
    }

    /**
     * A chart series of points ({@code null}: no data), with the unrounded figures of derived shares and, for a
     * figure the source gives only approximately, the page's qualified text ("630 000 nafardan ortiq").
     */
    private static Series series(SiteContext ctx, String name, List<Point> points, String unit, Edition e) {
        return new Series(name, points.stream().map(p -> p == null ? null : p.value()).toList(),
                points.stream().map(p -> p == null ? null : p.exactValue()).toList(),
                points.stream().map(p -> p == null || p.qualifier() == Qualifier.EXACT ? null
                        : ctx.figure(p.value(), p.qualifier(), unit, e)).toList(),
                points.stream().map(p -> p == null ? null : qualifier(p)).toList());
    }

    /** The chart's code for how a source states a point: {@code null} when exactly, else e.g. {@code more_than}. */
    private static String qualifier(Point p) {
        return p.qualifier() == Qualifier.EXACT ? null : p.qualifier().name().toLowerCase(Locale.ROOT);
    }

    private static String subtitle(List<Integer> years) {
        return years.isEmpty() ? "" : years.size() == 1 ? String.valueOf(years.get(0))
                : years.get(0) + "–" + years.get(years.size() - 1);
    }

    private static String sourceLine(SiteContext ctx, List<Citation> citations, Edition e) {
        return String.join("; ", citations.stream().map(Citation::sourceId).distinct()
                .map(id -> ctx.shortSourceName(ctx.source(id), e)).toList());
    }

    /** What a chart definition's {@code dataset} names, as values per region and year. */
    private static Data data(SiteContext ctx, String dataset) {
        switch (dataset) {
            case "portal.received", "portal.late", "portal.lateShare", "portal.satisfaction" -> {
                List<PortalRow> rows = ctx.figures().portal().rows();
                Function<PortalRow, BigDecimal> pick = switch (dataset) {
                    case "portal.received" -> PortalRow::received;
                    case "portal.late" -> PortalRow::late;
                    case "portal.lateShare" -> PortalRow::lateSharePercent;
                    default -> PortalRow::satisfaction;
                };
                String unit = switch (dataset) {
                    case "portal.lateShare" -> "percent";
                    case "portal.satisfaction" -> "score";
                    default -> "count";
                };
                Function<PortalRow, BigDecimal> exact = dataset.equals("portal.lateShare")
                        ? r -> Rounding.exactSharePercent(r.late(), r.received()) : pick;
                return new Data(ctx.content().strings().get("dataset." + dataset), unit,
                        (region, year) -> rows.stream().filter(r -> region.equals(r.region()) && r.year() == year)
                                .findFirst().map(pick).orElse(null),
                        (region, year) -> rows.stream().filter(r -> region.equals(r.region()) && r.year() == year)
                                .findFirst().map(exact).orElse(null),
                        (region, year) -> Qualifier.EXACT,
                        years(rows.stream().map(PortalRow::year).toList()),
                        rows.stream().map(PortalRow::citation).filter(java.util.Objects::nonNull).distinct().toList(),
                        null);
            }
            case "websites.score" -> {
                List<WebsiteScore> scores = ctx.content().websites().scores();
                BiFunction<String, Integer, BigDecimal> score = (region, year) -> scores.stream()
                        .filter(s -> region.equals(s.region()) && s.year() == year)
                        .findFirst().map(WebsiteScore::score).orElse(null);
                return new Data(ctx.content().websites().title(), "score", score, score, (region, year) -> Qualifier.EXACT,
                        years(scores.stream().map(WebsiteScore::year).toList()),
                        scores.stream().map(WebsiteScore::citation).filter(java.util.Objects::nonNull).distinct().toList(),
                        null);
            }
            default -> {
                Indicator i = ctx.content().indicators().stream().filter(x -> x.id().equals(dataset)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("chart dataset " + dataset + " passed validation"));
                var figures = ctx.figures();
                Optional<IndicatorComparison> c = figures.comparison(i.id());
                return new Data(i.title(), i.unit(),
                        (region, year) -> figures.series(i.id(), region).at(year).map(Point::value).orElse(null),
                        (region, year) -> figures.series(i.id(), region).at(year).map(Point::exactValue).orElse(null),
                        (region, year) -> figures.series(i.id(), region).at(year).map(Point::qualifier).orElse(null),
                        c.map(IndicatorComparison::years).orElse(List.of()),
                        c.map(x -> x.trend().stream().flatMap(s -> s.points().stream())
                                .flatMap(p -> p.citations().stream()).distinct().toList()).orElse(List.of()),
                        null);
            }
        }
    }

    private static List<Integer> years(List<Integer> ys) {
        return List.copyOf(new TreeSet<>(ys));
    }

}
