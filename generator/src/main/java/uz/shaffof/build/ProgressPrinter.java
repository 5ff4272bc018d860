package uz.shaffof.build;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import uz.shaffof.pipeline.BuildListener;

/**
 * A one-line progress display for long builds in a terminal: {@code pages: 130/224}, rewritten in place with
 * {@code \r}. It stays silent unless the process has a console ({@link System#console()}) and is not running in CI
 * (environment variable {@code CI} unset, empty, {@code false} or {@code 0}), so CI logs and redirected output
 * get only the summary line. It also stays silent during the first {@value #DEFAULT_DELAY_MS} ms of an
 * operation (short builds never flicker) and redraws at most every {@value #MIN_REDRAW_MS} ms.
 *
 * <p>Intended use, in a build's stages (all methods are thread-safe, so parallel page rendering may count):
 * <pre>{@code
 * ProgressPrinter progress = ProgressPrinter.forTerminal(out);   // out: the PrintWriter of the summary line
 * progress.begin();                                              // the delay counts from here
 * BuildResult result = build.run(progress.listener());           // stages and page counts, as the build goes
 * progress.clear();                                              // erase the line, then print the summary
 * out.println(result.summary("Built"));
 * }</pre>
 * A stage's own counts can also be shown directly: {@code progress.counter("pages", 226)} and {@code step()}, or
 * {@code progress.update("gates", 3, 7)}.
 */
public final class ProgressPrinter {
    static final long DEFAULT_DELAY_MS = 1000;
    static final long MIN_REDRAW_MS = 100;

    private final PrintWriter out;
    private final boolean enabled;
    private final long delayNanos;
    private final LongSupplier nanoClock;
    private long startedAt;
    private long drawnAt = Long.MIN_VALUE;
    private int width;
    private String drawnStage;
    private long drawnDone;

    /**
     * @param out where the line goes
     * @param enabled whether to print at all (see {@link #isInteractive})
     * @param delayMillis how long an operation runs before the line appears
     * @param nanoClock the time, as {@link System#nanoTime()}
     */
    public ProgressPrinter(PrintWriter out, boolean enabled, long delayMillis, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out);
        this.enabled = enabled;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.startedAt = nanoClock.getAsLong();
    }

    /** A printer on {@code out} that prints only in an interactive terminal outside CI. */
    public static ProgressPrinter forTerminal(PrintWriter out) {
        return new ProgressPrinter(out, isInteractive(System.console() != null, System.getenv()), DEFAULT_DELAY_MS,
                System::nanoTime);
    }

    /** True with a console and outside CI: {@code CI} unset, empty, {@code false} or {@code 0}. */
    public static boolean isInteractive(boolean hasConsole, Map<String, String> env) {
        if (!hasConsole) return false;
        String ci = env.get("CI");
        return ci == null || ci.isBlank() || ci.equalsIgnoreCase("false") || ci.equals("0");
    }

    public boolean enabled() {
        return enabled;
    }

    /** A new operation starts: the line appears only once it has run for the delay. */
    public synchronized void begin() {
        startedAt = nanoClock.getAsLong();
        drawnAt = Long.MIN_VALUE;
        drawnStage = null;
    }

    /** Shows {@code stage: done/total} (only {@code stage} when {@code total <= 0}), within the limits above. */
    public synchronized void update(String stage, long done, long total) {
        if (!enabled) return;
        long now = nanoClock.getAsLong();
        if (now - startedAt < delayNanos) return;
        // Threads that count report out of order: never draw a count lower than the one shown.
        if (stage.equals(drawnStage) && done < drawnDone) return;
        boolean last = total > 0 && done >= total;
        if (!last && drawnAt != Long.MIN_VALUE && now - drawnAt < TimeUnit.MILLISECONDS.toNanos(MIN_REDRAW_MS)) return;
        String text = total > 0 ? stage + ": " + done + "/" + total : stage + "…";
        StringBuilder line = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < width; i++) line.append(' ');
        width = text.length();
        drawnAt = now;
        drawnStage = stage;
        drawnDone = done;
        out.print(line);
        out.flush();
    }

    /** Erases the line, if one was drawn, so that the next output starts on a clean line. */
    public synchronized void clear() {
        if (width == 0) return;
        out.print("\r" + " ".repeat(width) + "\r");
        out.flush();
        width = 0;
        drawnAt = Long.MIN_VALUE;
        drawnStage = null;
    }

    /**
     * A listener that shows a build on this printer: the stage's name while it runs ({@code gates…}) and the
     * counts the build reports within it ({@code pages: 130/226}).
     */
    public BuildListener listener() {
        return new BuildListener() {
            @Override
            public void stage(String name, int index, int count) {
                update(name, 0, 0);
            }

            @Override
            public void progress(String what, long done, long total) {
                update(what, done, total);
            }
        };
    }

    /** A thread-safe counter for one stage that redraws as it counts. */
    public Counter counter(String stage, long total) {
        return new Counter(this, stage, total);
    }

    /** Counts the items of one stage. */
    public static final class Counter {
        private final ProgressPrinter printer;
        private final String stage;
        private final long total;
        private final AtomicLong done = new AtomicLong();

        private Counter(ProgressPrinter printer, String stage, long total) {
            this.printer = printer;
            this.stage = stage;
            this.total = total;
            printer.update(stage, 0, total);
        }

        /** One more item is done. */
        public void step() {
            printer.update(stage, done.incrementAndGet(), total);
        }

        public long done() {
            return done.get();
        }
    }
}
