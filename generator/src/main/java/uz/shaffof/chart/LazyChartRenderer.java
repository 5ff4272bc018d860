package uz.shaffof.chart;

/**
 * A {@link ChartRenderer} started on first use: starting one (a JavaScript engine that loads ECharts) costs more
 * than drawing a chart, and a build whose charts all come from the cache needs none. A process that builds many times
 * ({@code serve}) keeps one across builds, so a rebuild that redraws a chart finds the engine warm; a one-off build
 * closes it when done. Thread-safe.
 *
 * <pre><code>try (LazyChartRenderer charts = new LazyChartRenderer()) {
 *     RenderedChart c = charts.render(spec);
 * }</code></pre>
 */
public final class LazyChartRenderer implements AutoCloseable {
    private ChartRenderer renderer;

    private synchronized ChartRenderer get() {
        if (renderer == null) renderer = ChartRenderer.create();
        return renderer;
    }

    /** Draws one chart, starting the engine if this is the first. */
    public RenderedChart render(ChartSpec spec) {
        return get().render(spec);
    }

    /** Stops the engine, if one was started; a later {@link #render} starts a new one. */
    @Override
    public synchronized void close() {
        if (renderer != null) renderer.close();
        renderer = null;
    }
}
