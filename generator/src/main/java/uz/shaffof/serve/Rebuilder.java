package uz.shaffof.serve;

import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildStages;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import uz.shaffof.build.BuildResult;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.problem.BuildCancelled;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Crash;
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
 *
 * <p>A change that arrives while a build has run for longer than {@code cancelAfter} cancels that build: a long
 * build is either a template change that renders every page again or a runaway template (an endless loop that only
 * its time limit would stop), and in both cases the editor's newer save is what they want to see. The cancelled
 * build tells nobody anything; its changes are built with the new one. A short build is left to finish, so that
 * saves in quick succession cannot keep every build from finishing.
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
     * out before the gates when the builder reports {@link BuildListener#generated}, or the error), and what
     * the {@link Preview} did (for a failure: the failure's change). {@code pagesChecked} has, for each gate that
     * keeps verdicts, how many pages it checked afresh, as the build told it ({@link BuildListener#partCounted}).
     */
    public record Report(Trigger trigger, BuildResult result, BuildFailure failure, long buildMillis,
                         Map<String, Long> stageMillis, Map<String, Long> pagesChecked, long sinceChangeMillis,
                         Preview.Change change) {
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
    private final BuildListener progress;
    private final Duration cancelAfter;
    private final Thread worker;
    private Trigger pending;
    private boolean closed;
    /** The build under way (null between builds): when it began and whether it has been cancelled. */
    private Running running;

    private static final class Running {
        final long startNanos = System.nanoTime();
        final AtomicBoolean cancelled = new AtomicBoolean();
    }

    /** How long a build may have run before a new change cancels it instead of waiting for it. */
    public static final Duration CANCEL_AFTER = Duration.ofSeconds(2);

    /** @param progress also told of each stage (for a progress line); {@link BuildListener#NONE} for none */
    public Rebuilder(SiteBuilder builder, Preview preview, Listener listener, BuildListener progress) {
        this(builder, preview, listener, progress, CANCEL_AFTER);
    }

    /** @param cancelAfter how long a build may have run before a new change cancels it */
    public Rebuilder(SiteBuilder builder, Preview preview, Listener listener, BuildListener progress,
                     Duration cancelAfter) {
        this.builder = Objects.requireNonNull(builder);
        this.preview = Objects.requireNonNull(preview);
        this.listener = Objects.requireNonNull(listener);
        this.progress = Objects.requireNonNull(progress);
        this.cancelAfter = Objects.requireNonNull(cancelAfter);
        this.worker = new Thread(this::loop, "shaffof-rebuild");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Asks for a build; returns at once. A build that has run longer than {@code cancelAfter} is cancelled. */
    public synchronized void request(Trigger trigger) {
        pending = pending == null ? trigger : pending.merge(trigger);
        if (running != null && System.nanoTime() - running.startNanos >= cancelAfter.toNanos()) {
            running.cancelled.set(true);
        }
        notifyAll();
    }

    private synchronized Trigger next() throws InterruptedException {
        running = null;
        while (pending == null && !closed) wait();
        if (closed) return null;
        Trigger t = pending;
        pending = null;
        running = new Running();
        return t;
    }

    private synchronized Running running() {
        return running;
    }

    /** A cancelled build's changes are built with the next request's. */
    private synchronized void requeue(Trigger cancelled) {
        pending = pending == null ? cancelled : cancelled.merge(pending);
    }

    private synchronized boolean idle() {
        return pending == null && !closed;
    }

    private void loop() {
        try {
            for (Trigger t = next(); t != null; t = next()) {
                Report report = build(t, running());
                if (report == null) {
                    requeue(t);
                    continue;
                }
                listener.built(report);
                // A failed build is not rehearsed: it would only fail again (a runaway template for its whole time
                // limit), and a rehearsal cannot be cancelled by the edit that fixes it.
                if (report.ok() && idle()) builder.rehearse();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The build's report, or null when it was cancelled. */
    private Report build(Trigger trigger, Running run) {
        long start = System.nanoTime();
        Map<String, Long> starts = new LinkedHashMap<>();
        Map<String, Long> checked = new ConcurrentHashMap<>();
        Preview.Change[] early = new Preview.Change[1];
        long[] toldAt = new long[1];
        BuildListener stages = new BuildListener() {
            @Override
            public void stage(String name, int index, int count) {
                starts.put(name, System.nanoTime());
                progress.stage(name, index, count);
            }

            @Override
            public void partCounted(String stage, String part, long fresh, long total) {
                if (stage.equals(BuildStages.GATES)) checked.put(part, fresh);
                progress.partCounted(stage, part, fresh, total);
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

            @Override
            public boolean cancelled() {
                return run.cancelled.get();
            }
        };
        BuildResult result = null;
        BuildFailure failure;
        try {
            result = builder.build(stages);
            failure = null;
        } catch (BuildFailure f) {
            failure = f;
        } catch (BuildCancelled c) {
            return null;
        } catch (RuntimeException | Error e) {
            // A build cancelled while closing may end in whatever its interrupted thread threw: nobody wants it.
            if (run.cancelled.get()) return null;
            // A bug or the heap running out, not the editor's fault: the server goes on (what the failed build held
            // is garbage now), and the next save tries again.
            failure = BuildFailure.of("internal", Problem.error(SourcePos.file("(shaffof serve)"), Crash.describe(e)));
            if (Crash.debugRequested()) e.printStackTrace();
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
        return new Report(trigger, result, failure, (end - start) / 1_000_000, stageMillis(starts, end), Map.copyOf(checked),
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

    /** Stops the build thread (a build under way is cancelled and interrupted). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (running != null) running.cancelled.set(true);
            notifyAll();
        }
        worker.interrupt();
    }
}
