package uz.shaffof.chart;

import java.util.List;

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
    /** A warm-up of the current engine ran to its end: nothing is left to practise. */
    private boolean warmedUp;
    /** The charts the last build had, for the warm-up to practise on. */
    private volatile List<ChartSpec> siteCharts = List.of();

    private synchronized ChartRenderer get() {
        if (renderer == null) renderer = ChartRenderer.create();
        return renderer;
    }

    /** Draws one chart, starting the engine if this is the first. */
    public RenderedChart render(ChartSpec spec) {
        return get().render(spec);
    }

    /**
     * The charts of the site being built, for a warm-up to practise on (see {@link ChartRenderer#warmUp}); a build
     * tells them whether it draws any or not, and the last it told are practised on.
     */
    public void practiseOn(List<ChartSpec> charts) {
        siteCharts = List.copyOf(charts);
    }

    /**
     * Starts the engine and its JavaScript contexts on a background thread and practises drawing (see
     * {@link ChartRenderer#warmUp}), unless a warm-up ran to its end already or is under way: for a process that is
     * idle now and will likely draw a chart soon ({@code serve} after each build), so that the first charts an edit
     * redraws neither wait seconds for the engine nor run at a third of their later speed. A warm-up cut short by a
     * build's charts is taken up again the next time. A warm-up that fails is left for the first real render to
     * report, with its chart.
     */
    public void startInBackground() {
        long asked;
        synchronized (this) {
            if (warmedUp || warming) return;
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
            boolean finished = started.warmUp(siteCharts);
            synchronized (this) {
                if (finished && closes == asked) warmedUp = true;
            }
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

    /** True once a warm-up of the current engine ran to its end (for tests). */
    synchronized boolean warmedUp() {
        return warmedUp;
    }

    /** How many charts the current engine drew to practise (for tests). */
    synchronized long practiceDraws() {
        return renderer == null ? 0 : renderer.practiceDraws();
    }

    /** True once an engine was started, by a render or a warm-up (for tests). */
    synchronized boolean started() {
        return renderer != null;
    }

    /** Stops the engine, if one was started; a later {@link #render} starts a new one. */
    @Override
    public synchronized void close() {
        closes++;
        warmedUp = false;
        if (renderer != null) renderer.close();
        renderer = null;
    }
}
