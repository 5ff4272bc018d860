package uz.shaffof.serve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uz.shaffof.build.BuildResult;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * Runs builds one at a time on its own thread. A request that arrives while a build runs is kept, and requests
 * that pile up are merged, so any number of changes during a build give exactly one more build after it.
 *
 * <p>The generated files go to the {@link Preview} (which tells the browsers to reload) as soon as the builder
 * has them, before the gates run: the gates take a good part of a rebuild, and they guard publishing, which the
 * preview never does. If the gates then fail, the preview turns to the failure (an {@code error} event, and the
 * error page for HTML) like any failed build. Each outcome then goes to the listener (which tells the terminal).
 */
public final class Rebuilder implements AutoCloseable {

    /**
     * Why a build runs: the files that changed (project-relative; empty for the first build) and when the first
     * of those changes was seen ({@link System#nanoTime()}), from which the reload latency is measured.
     */
    public record Trigger(long firstChangeNanos, Set<String> paths) {
        public Trigger {
            paths = Collections.unmodifiableSet(new TreeSet<>(paths));
        }

        public static Trigger initial() {
            return new Trigger(System.nanoTime(), Set.of());
        }

        Trigger merge(Trigger later) {
            Set<String> all = new TreeSet<>(paths);
            all.addAll(later.paths);
            return new Trigger(Math.min(firstChangeNanos, later.firstChangeNanos), all);
        }
    }

    /**
     * One build's outcome: the result (null when it failed) or the failure, how long the build and each stage
     * took, how long from the first change until the browsers were first told something (the reload, which goes
     * out before the gates when the builder reports {@link SiteBuilder.Stages#generated}, or the error), and what
     * the {@link Preview} did (for a failure: the failure's change).
     */
    public record Report(Trigger trigger, BuildResult result, BuildFailure failure, long buildMillis,
                         Map<String, Long> stageMillis, long sinceChangeMillis, Preview.Change change) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** Hears every report, on the build thread. */
    @FunctionalInterface
    public interface Listener {
        void built(Report report);
    }

    private final SiteBuilder builder;
    private final Preview preview;
    private final Listener listener;
    private final SiteBuilder.Stages progress;
    private final Thread worker;
    private Trigger pending;
    private boolean closed;

    /** @param progress also told of each stage (for a progress line); {@link SiteBuilder.Stages#NONE} for none */
    public Rebuilder(SiteBuilder builder, Preview preview, Listener listener, SiteBuilder.Stages progress) {
        this.builder = Objects.requireNonNull(builder);
        this.preview = Objects.requireNonNull(preview);
        this.listener = Objects.requireNonNull(listener);
        this.progress = Objects.requireNonNull(progress);
        this.worker = new Thread(this::loop, "shaffof-rebuild");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Asks for a build; returns at once. */
    public synchronized void request(Trigger trigger) {
        pending = pending == null ? trigger : pending.merge(trigger);
        notifyAll();
    }

    private synchronized Trigger next() throws InterruptedException {
        while (pending == null && !closed) wait();
        if (closed) return null;
        Trigger t = pending;
        pending = null;
        return t;
    }

    private synchronized boolean idle() {
        return pending == null && !closed;
    }

    private void loop() {
        try {
            for (Trigger t = next(); t != null; t = next()) {
                listener.built(build(t));
                if (idle()) builder.rehearse();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Report build(Trigger trigger) {
        long start = System.nanoTime();
        Map<String, Long> starts = new LinkedHashMap<>();
        Preview.Change[] early = new Preview.Change[1];
        long[] toldAt = new long[1];
        SiteBuilder.Stages stages = new SiteBuilder.Stages() {
            @Override
            public void start(String name, int index, int count) {
                starts.put(name, System.nanoTime());
                progress.start(name, index, count);
            }

            @Override
            public void progress(String what, long done, long total) {
                progress.progress(what, done, total);
            }

            @Override
            public void generated(GeneratedFiles files) {
                // Reload now; the gates' verdict follows (an error event if they fail).
                early[0] = preview.succeeded(PreviewSite.of(files));
                toldAt[0] = System.nanoTime();
            }
        };
        BuildResult result = null;
        BuildFailure failure;
        try {
            result = builder.build(stages);
            failure = null;
        } catch (BuildFailure f) {
            failure = f;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not the editor's fault; the server goes on, and the next save tries again.
            failure = BuildFailure.of("internal", Problem.error(SourcePos.file("(shaffof serve)"),
                    "internal error: " + e + (e.getCause() != null ? " (cause: " + e.getCause() + ")" : "")));
            if ("1".equals(System.getenv("SHAFFOF_DEBUG"))) e.printStackTrace();
        }
        long end = System.nanoTime();
        Preview.Change change;
        if (failure != null) {
            change = preview.failed(failure);
            if (early[0] == null || !early[0].sent()) toldAt[0] = System.nanoTime();
        } else if (early[0] != null) {
            change = early[0];
        } else {
            change = preview.succeeded(PreviewSite.of(result.files()));
            toldAt[0] = System.nanoTime();
        }
        return new Report(trigger, result, failure, (end - start) / 1_000_000, stageMillis(starts, end),
                (toldAt[0] - trigger.firstChangeNanos()) / 1_000_000, change);
    }

    private static Map<String, Long> stageMillis(Map<String, Long> starts, long end) {
        Map<String, Long> millis = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> list = List.copyOf(starts.entrySet());
        for (int i = 0; i < list.size(); i++) {
            long until = i + 1 < list.size() ? list.get(i + 1).getValue() : end;
            millis.put(list.get(i).getKey(), (until - list.get(i).getValue()) / 1_000_000);
        }
        return millis;
    }

    /** Stops the build thread (a build under way is interrupted). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        worker.interrupt();
    }
}
