package uz.shaffof.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Handler;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * ECharts' server-side SVG renderer running in GraalJS. One {@link Engine} holds the parsed ECharts bundle
 * (cached sources are shared by every context of an engine), and a small pool of contexts lets several
 * threads render at once: a GraalJS context may be used by one thread at a time only. Contexts get no host,
 * file, process, thread or environment access: the JavaScript sees its own globals and nothing else.
 *
 * <p>Contexts are made one at a time. The engine's source cache only shares code that is parsed already: two
 * contexts evaluating ECharts at the same moment both miss it and both parse the 700 KB bundle, which costs several
 * CPU-seconds each, while a context made after the first one reuses its parse and is ready in a tenth of that.
 */
final class EchartsEngine implements AutoCloseable {
    static final String ECHARTS = "/assets/vendor/echarts-6.1.0/echarts.common.min.js";
    static final String CHART_JS = "/assets/chart.js";
    static final String GLUE = "/chart/ssr-render.js";

    private final Engine engine;
    private final List<Source> sources;
    private final String metricsJson;
    private final int maxContexts;
    private final BlockingQueue<Context> idle = new LinkedBlockingQueue<>();
    private final List<Context> all = new ArrayList<>();
    /** Held while a context is made: see the class comment. */
    private final Object making = new Object();
    private int reserved;
    private boolean closed;

    EchartsEngine(TextMetrics metrics, int maxContexts) {
        this(metrics, maxContexts, null);
    }

    /**
     * @param sourceCacheLog when not null, gets the engine's source-cache events ({@code source-cache-miss} is a
     *                       parse): for tests that check the parsed ECharts is shared
     */
    EchartsEngine(TextMetrics metrics, int maxContexts, Handler sourceCacheLog) {
        if (maxContexts < 1) throw new IllegalArgumentException("maxContexts " + maxContexts + " must be >= 1");
        this.maxContexts = maxContexts;
        this.metricsJson = metrics.toJson();
        // No JIT on a stock JDK 17: the interpreter is fast enough for a few hundred charts, so say nothing.
        Engine.Builder builder = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false");
        if (sourceCacheLog != null) builder.option("engine.TraceSourceCache", "true").logHandler(sourceCacheLog);
        this.engine = builder.build();
        this.sources = List.of(source(ECHARTS), source(CHART_JS), source(GLUE));
    }

    private static Source source(String path) {
        return Source.newBuilder("js", Resources.text(path), path.substring(path.lastIndexOf('/') + 1))
                .cached(true)
                .buildLiteral();
    }

    /** ECharts' SVG for an option JSON at the given size (px); thread-safe. */
    String renderSvg(String optionJson, int width, int height) {
        Context context = acquire();
        try {
            Value render = context.getBindings("js").getMember("shaffofRender");
            return render.execute(optionJson, width, height).asString();
        } finally {
            idle.add(context);
        }
    }

    /**
     * ECharts' SVG for an option JSON, or null when every context is in use or not made yet: for practice draws,
     * which must never hold up a real one by taking the last context or waiting for one.
     */
    String renderSvgIfIdle(String optionJson, int width, int height) {
        Context context = idle.poll();
        if (context == null) return null;
        try {
            return context.getBindings("js").getMember("shaffofRender").execute(optionJson, width, height).asString();
        } finally {
            idle.add(context);
        }
    }

    /** Width of {@code text} as the ECharts inside measures it; for tests that check the bridge. */
    double measure(String text, String font) {
        Context context = acquire();
        try {
            return context.getBindings("js").getMember("shaffofMeasure").execute(text, font).asDouble();
        } finally {
            idle.add(context);
        }
    }

    /** {@code ShaffofChart.formatNumber} of assets/chart.js, as the browser runs it; for tests. */
    String formatNumberInJs(double value) {
        Context context = acquire();
        try {
            return context.getBindings("js").getMember("ShaffofChart").getMember("formatNumber").execute(value).asString();
        } finally {
            idle.add(context);
        }
    }

    /**
     * Makes every context the pool may hold that is not made yet, and draws {@code optionJson} on each one made (the
     * SVG is thrown away), so that later renders find their context ready and GraalJS's first-run work on the
     * drawing code done. Takes no context in use and waits for none; gives back every one it made.
     */
    void prepareContexts(String optionJson, int width, int height) {
        List<Context> made = new ArrayList<>();
        try {
            for (Context c = createIfAllowed(); c != null; c = createIfAllowed()) {
                made.add(c);
                c.getBindings("js").getMember("shaffofRender").execute(optionJson, width, height);
            }
        } finally {
            idle.addAll(made);
        }
    }

    private Context acquire() {
        Context context = idle.poll();
        if (context != null) return context;
        Context created = createIfAllowed();
        if (created != null) return created;
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a chart context", e);
        }
    }

    /** A new context if the pool may hold one more, else null. */
    private Context createIfAllowed() {
        synchronized (this) {
            if (closed) throw new IllegalStateException("chart engine is closed");
            if (reserved >= maxContexts) return null;
            reserved++;
        }
        // Created outside the pool's lock: a new context takes seconds (it evaluates ECharts), and other threads
        // may meanwhile take contexts that come back to the pool.
        Context created;
        synchronized (making) {
            created = newContext();
        }
        synchronized (this) {
            if (closed) {
                // close() ran while this context was made: it would never be closed otherwise.
                created.close(true);
                throw new IllegalStateException("chart engine is closed");
            }
            all.add(created);
        }
        return created;
    }

    private Context newContext() {
        Context context = Context.newBuilder("js")
                .engine(engine)
                .allowAllAccess(false)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .build();
        for (Source source : sources) context.eval(source);
        context.getBindings("js").getMember("shaffofInstallMetrics").execute(metricsJson);
        return context;
    }

    @Override
    public synchronized void close() {
        closed = true;
        // Cancels a render still running (a warm-up on its own thread), which a plain close() refuses to end.
        for (Context context : all) context.close(true);
        all.clear();
        engine.close(true); // also cancels a context still being made on another thread
    }
}
