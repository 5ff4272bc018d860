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
    /** Counts {@link #close} calls: a warm-up asked for before a close must not start an engine after it. */
    private long closes;
    private boolean warming;

    private synchronized ChartRenderer get() {
        if (renderer == null) renderer = ChartRenderer.create();
        return renderer;
    }

    /** Draws one chart, starting the engine if this is the first. */
    public RenderedChart render(ChartSpec spec) {
        return get().render(spec);
    }

    /**
     * Starts the engine and its JavaScript contexts on a background thread, unless that is done or under way: for a
     * process that is idle now and will likely draw a chart soon ({@code serve} after its first build, whose
     * charts all came from the cache), so that the first chart an edit redraws does not wait seconds for it. A
     * warm-up that fails is left for the first real render to report, with its chart.
     */
    public void startInBackground() {
        long asked;
        synchronized (this) {
            if (renderer != null || warming) return;
            warming = true;
            asked = closes;
        }
        Thread thread = new Thread(() -> warmUp(asked), "shaffof-chart-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void warmUp(long asked) {
        try {
            ChartRenderer started;
            synchronized (this) {
                if (closes != asked) return;
                started = get();
            }
            started.warmUp();
        } catch (RuntimeException e) {
            // Left for the first real render, which reports it with its chart; a close() during the warm-up cancels it.
        } finally {
            synchronized (this) {
                warming = false;
            }
        }
    }

    /** True while a warm-up started by {@link #startInBackground} runs (for tests). */
    synchronized boolean warming() {
        return warming;
    }

    /** True once an engine was started, by a render or a warm-up (for tests). */
    synchronized boolean started() {
        return renderer != null;
    }

    /** Stops the engine, if one was started; a later {@link #render} starts a new one. */
    @Override
    public synchronized void close() {
        closes++;
        if (renderer != null) renderer.close();
        renderer = null;
    }
}
