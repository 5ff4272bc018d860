package uz.shaffof.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.chart.ChartKind;
import uz.shaffof.chart.ChartRenderer;
import uz.shaffof.chart.ChartSpec;
import uz.shaffof.chart.Series;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Region;
import uz.shaffof.figures.Figures;
import uz.shaffof.figures.IndicatorSeries;
import uz.shaffof.figures.Point;

/**
 * The charts of the structured case, drawn by the project's {@link ChartRenderer} (ECharts in GraalJS) in each
 * edition: one line chart per region and indicator (the region's ten years) and one horizontal bar chart per
 * indicator (the regions in the latest year). GraalJS is only started here, so the corpus cases never load it.
 */
final class NationalCharts {
    private final Map<String, String> svgs = new ConcurrentHashMap<>();

    private NationalCharts() {}

    /** Draws every chart of every edition, in parallel; the time is {@link Stage#CHARTS}. */
    static NationalCharts draw(Figures figures, List<Region> regions, List<BenchEdition> editions, Words words,
                               StageClock clock) {
        NationalCharts charts = new NationalCharts();
        List<ChartSpec> specs = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (BenchEdition ed : editions) {
            for (IndicatorSeries is : figures.indicators()) {
                for (Region r : regions) {
                    specs.add(regionLine(is, r, ed, words));
                    keys.add(key(ed, r.code(), is.id()));
                }
                specs.add(regionBars(is, regions, ed, words));
                keys.add(key(ed, null, is.id()));
            }
        }
        try (ChartRenderer renderer = clock.time(Stage.CHARTS, ChartRenderer::create)) {
            java.util.stream.IntStream.range(0, specs.size()).parallel().forEach(i -> charts.svgs.put(keys.get(i),
                    clock.time(Stage.CHARTS, () -> renderer.render(specs.get(i)).svg())));
        }
        return charts;
    }

    int size() {
        return svgs.size();
    }

    /** The SVG of a region's chart of an indicator ({@code region} null: the regions bar chart). */
    String svg(BenchEdition ed, String region, String indicatorId) {
        return svgs.get(key(ed, region, indicatorId));
    }

    private static String key(BenchEdition ed, String region, String indicatorId) {
        return ed.root() + "|" + region + "|" + indicatorId;
    }

    private static ChartSpec regionLine(IndicatorSeries is, Region r, BenchEdition ed, Words words) {
        List<String> years = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int y = NationalContent.FIRST_YEAR; y < NationalContent.FIRST_YEAR + NationalContent.YEARS; y++) {
            years.add(Integer.toString(y));
            values.add(is.series(r.code()).at(y).map(Point::value).orElse(null));
        }
        Indicator i = is.indicator();
        String name = words.text(r.name(), ed);
        return new ChartSpec(id(r.code() + "-" + i.id()), ChartKind.LINE, words.text(i.title(), ed), name,
                words.unit(i.unit(), ed), years, List.of(new Series(name, values)), ed.script(),
                words.get("Manba: Statistika agentligi", ed));
    }

    private static ChartSpec regionBars(IndicatorSeries is, List<Region> regions, BenchEdition ed, Words words) {
        int year = NationalContent.FIRST_YEAR + NationalContent.YEARS - 1;
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Region r : regions) {
            names.add(words.text(r.name(), ed));
            values.add(is.series(r.code()).at(year).map(Point::value).orElse(null));
        }
        Indicator i = is.indicator();
        return new ChartSpec(id("all-" + i.id()), ChartKind.HORIZONTAL_BAR, words.text(i.title(), ed),
                Integer.toString(year), words.unit(i.unit(), ed), names,
                List.of(new Series(Integer.toString(year), values)), ed.script(),
                words.get("Manba: Statistika agentligi", ed));
    }

    private static String id(String s) {
        String id = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return id.length() > 60 ? id.substring(0, 60) : id;
    }
}
