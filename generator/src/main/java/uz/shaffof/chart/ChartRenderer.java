package uz.shaffof.chart;

import java.math.BigDecimal;
import java.util.List;
import uz.shaffof.i18n.UzbekFormat;
import uz.shaffof.translit.Script;

/**
 * Renders charts to static, accessible SVG with ECharts itself, at build time. Build one per build and
 * share it: the first chart pays for starting GraalJS and loading ECharts (a few seconds), later ones take
 * a fraction of a second. Thread-safe; several threads render in parallel, each on its own JavaScript
 * context.
 *
 * <pre>{@code
 * try (ChartRenderer renderer = ChartRenderer.create()) {
 *     RenderedChart chart = renderer.render(spec);
 *     write(chart.svg());
 * }
 * }</pre>
 *
 * The same spec always gives the same bytes, whichever renderer, thread or order drew it.
 */
public final class ChartRenderer implements AutoCloseable {
    private final TextMetrics metrics;
    private final TileGrid tiles;
    private final EchartsEngine engine;
    private final SvgPostProcessor svg = new SvgPostProcessor();
    private final DescriptionWriter descriptions = new DescriptionWriter();

    private ChartRenderer(int contexts) {
        this.metrics = TextMetrics.dejaVuSans();
        this.tiles = TileGrid.uzbekistan();
        this.engine = new EchartsEngine(metrics, contexts);
    }

    /** A renderer with one JavaScript context per available processor (at most four). */
    public static ChartRenderer create() {
        return new ChartRenderer(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** Draws {@code spec}; deterministic. */
    public RenderedChart render(ChartSpec spec) {
        ChartWords words = ChartWords.of(spec.script());
        ChartOption chart = option(spec, words);
        String optionJson = ChartJson.write(chart.option());
        DescriptionWriter.Texts texts = descriptions.describe(spec, categoryNames(spec));
        String raw = engine.renderSvg(optionJson, chart.width(), chart.height());
        String processed = svg.process(raw, spec.id(), texts.ariaLabel(), spec.title(), texts.description());
        return new RenderedChart(processed, texts.ariaLabel(), texts.description(), optionJson);
    }

    /**
     * Gets ready for charts a process will draw soon: makes every JavaScript context this renderer may use and draws
     * a small sample chart on each (thrown away). Takes seconds; for a thread that nothing waits on.
     */
    public void warmUp() {
        ChartSpec sample = new ChartSpec("warm-up", ChartKind.BAR, "Namuna", "", "", List.of("2024", "2025"),
                List.of(new Series("Namuna", List.of(BigDecimal.ONE, BigDecimal.TEN))), Script.LATIN, "");
        ChartOption chart = option(sample, ChartWords.of(sample.script()));
        engine.prepareContexts(ChartJson.write(chart.option()), chart.width(), chart.height());
    }

    private ChartOption option(ChartSpec spec, ChartWords words) {
        return switch (spec.kind()) {
            case BAR, HORIZONTAL_BAR, LINE, STACKED_BAR -> new CartesianOption(metrics).build(spec, words);
            case PIE -> new PieOption(metrics).build(spec, words);
            case TILE_MAP -> new TileMapOption(metrics, tiles).build(spec, words);
        };
    }

    /** The names a reader sees for the categories: region names for a tile map, else the categories. */
    private List<String> categoryNames(ChartSpec spec) {
        if (spec.kind() != ChartKind.TILE_MAP) return spec.categories();
        return spec.categories().stream()
                .map(code -> tiles.tile(code).name(spec.script()).replace("-\n", "").replace('\n', ' '))
                .toList();
    }

    /** Width of {@code text} as ECharts measures it inside this renderer (for checks of the font bridge). */
    double measuredByEcharts(String text, String font) {
        return engine.measure(text, font);
    }

    /** Number formatting as the page's chart.js does it (for checks against {@link uz.shaffof.i18n.UzbekFormat}). */
    String formatNumberInJs(double value) {
        return engine.formatNumberInJs(value);
    }

    @Override
    public void close() {
        engine.close();
    }
}
