package uz.shaffof.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
    /** Real charts asked for so far: a warm-up stops when this moves. */
    private final AtomicLong rendersBegun = new AtomicLong();
    /** Charts drawn, and PNGs made, to practise (for tests). */
    private final AtomicLong practiceDraws = new AtomicLong();
    private final AtomicLong practicePngs = new AtomicLong();

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
        rendersBegun.incrementAndGet();
        return draw(spec, engine::renderSvg);
    }

    private RenderedChart draw(ChartSpec spec, SvgSource source) {
        ChartWords words = ChartWords.of(spec.script());
        ChartOption chart = option(spec, words);
        String optionJson = ChartJson.write(chart.option());
        DescriptionWriter.Texts texts = descriptions.describe(spec, categoryNames(spec));
        String raw = source.svg(optionJson, chart.width(), chart.height());
        if (raw == null) return null;
        String processed = svg.process(raw, spec.id(), texts.ariaLabel(), spec.title(), texts.description());
        return new RenderedChart(processed, texts.ariaLabel(), texts.description(), optionJson);
    }

    /** Where {@link #draw} gets ECharts' SVG: null when it cannot have it now. */
    @FunctionalInterface
    private interface SvgSource {
        String svg(String optionJson, int width, int height);
    }

    /**
     * Gets ready for charts a process will draw soon: makes every JavaScript context this renderer may use, draws
     * a small sample chart on each, then practises on a few sample charts of every kind, and then on
     * {@code siteCharts}, each drawn once, and makes the link-preview PNG of one sample of each kind (all thrown
     * away). Takes seconds; for a thread that nothing waits on.
     *
     * <p>Why the practice: without a JIT for JavaScript on a stock JDK, GraalJS's interpreter is Java code that the
     * JVM compiles as it runs. The first real charts after a bare start took 130–250 ms each; after about two dozen
     * draws, 50 ms. {@code serve} redraws the charts an edit touches while the editor waits for the reload, so the
     * practice is done before the first edit rather than during the first few. The samples alone left the site's own
     * charts at 144–153 ms on the first two edits (the JVM compiles the interpreter's code for what the JavaScript
     * does, and the site's charts do more than the samples): practising on the site's charts brought them to
     * 60–110 ms. It stops as soon as a real chart is asked for, and never takes a context a real chart could use,
     * so a build is never kept waiting by it.
     *
     * @param siteCharts the charts of the site being built (empty: the samples only)
     * @return true when it practised to the end, false when it stopped for a real chart
     */
    public boolean warmUp(List<ChartSpec> siteCharts) {
        List<ChartSpec> samples = WarmUpCharts.samples(tiles);
        ChartSpec first = samples.get(0);
        ChartOption chart = option(first, ChartWords.of(first.script()));
        engine.prepareContexts(ChartJson.write(chart.option()), chart.width(), chart.height());
        long begun = rendersBegun.get();
        List<ChartSpec> practice = new ArrayList<>();
        for (int round = 0; round < WarmUpCharts.ROUNDS; round++) practice.addAll(samples);
        practice.addAll(siteCharts);
        List<String> lastSamples = new ArrayList<>();
        for (int i = 0; i < practice.size(); i++) {
            if (rendersBegun.get() != begun) return false; // a build is drawing: the CPU is its
            RenderedChart drawn = draw(practice.get(i), engine::renderSvgIfIdle);
            if (drawn == null) return false;
            practiceDraws.incrementAndGet();
            if (i >= samples.size() * (WarmUpCharts.ROUNDS - 1) && i < samples.size() * WarmUpCharts.ROUNDS) {
                lastSamples.add(drawn.svg());
            }
        }
        // The link-preview PNG of a redrawn chart is made after the reload, but on the first edit its rasteriser ran
        // cold (most of that edit's 0.6-1 s of gates), and the JIT compiled it while the next edit was built.
        for (String svg : lastSamples) {
            if (rendersBegun.get() != begun) return false;
            PngRenderer.png(svg, PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT);
            practicePngs.incrementAndGet();
        }
        return true;
    }

    /** How many charts {@link #warmUp} drew (for tests). */
    long practiceDraws() {
        return practiceDraws.get();
    }

    /** How many link-preview PNGs {@link #warmUp} made (for tests). */
    long practicePngs() {
        return practicePngs.get();
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
                .map(code -> tiles.tile(code).oneLineName(spec.script()))
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
