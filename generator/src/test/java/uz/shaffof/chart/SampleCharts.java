package uz.shaffof.chart;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sample charts ({@link ChartSamples}) drawn by one renderer that never practises, shared by the chart tests of a
 * JVM. Starting an engine costs seconds and each chart a fraction of one in GraalJS's interpreter, and a spec gives
 * the same bytes in any renderer and order ({@code ChartRendererTest#sameSpecGivesSameBytesInAnyRendererAndOrder}),
 * so each spec is drawn once, when a test first asks for it, and every test that checks a property of that drawing
 * reads the same one. A test of drawing itself (again, at once on several threads, after a practice) draws with
 * {@link #renderer()} or a renderer of its own.
 */
final class SampleCharts {
    private static ChartRenderer renderer;
    private static final Map<ChartSpec, RenderedChart> DRAWN = new ConcurrentHashMap<>();

    private SampleCharts() {}

    /** The shared renderer, started on first use and left running until the JVM ends. */
    static synchronized ChartRenderer renderer() {
        if (renderer == null) renderer = ChartRenderer.create();
        return renderer;
    }

    /** {@code spec} as the shared renderer drew it, the first time it was asked for. */
    static RenderedChart drawn(ChartSpec spec) {
        RenderedChart chart = DRAWN.get(spec);
        if (chart != null) return chart;
        chart = renderer().render(spec);
        RenderedChart earlier = DRAWN.putIfAbsent(spec, chart);
        return earlier != null ? earlier : chart;
    }
}
