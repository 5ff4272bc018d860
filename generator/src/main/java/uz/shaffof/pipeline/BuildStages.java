package uz.shaffof.pipeline;

import java.util.List;
import java.util.Objects;
import uz.shaffof.problem.BuildCancelled;

/**
 * The named stages of a build, in the order they run, and the clock that tells a {@link BuildListener} when each
 * starts and ends. Every step of a build belongs to exactly one of them, so a timing shows where the time went:
 * nothing runs under another stage's name.
 *
 * <p>One {@code BuildStages} follows one build on the build's thread (not thread-safe): {@link #start} ends the
 * stage before it, {@link #end} ends the last one. Stages must start in {@link #NAMES} order, each at most once;
 * one may be skipped (a build that does not publish never starts {@code publish}).
 */
public final class BuildStages {
    public static final String LOAD = "load";
    public static final String FIGURES = "figures";
    public static final String TEMPLATES = "templates and assets";
    public static final String CHARTS = "charts";
    public static final String PAGES = "pages";
    public static final String SEARCH = "search";
    public static final String PAGE_CACHE = "page cache";
    public static final String SITE_FILES = "sitemap and feeds";
    public static final String DATASETS = "datasets";
    public static final String LINK_PREVIEWS = "link previews";
    public static final String GATES = "gates";
    public static final String PUBLISH = "publish";

    /** Every stage, in order. */
    public static final List<String> NAMES = List.of(LOAD, FIGURES, TEMPLATES, CHARTS, PAGES, SEARCH, PAGE_CACHE,
            SITE_FILES, DATASETS, LINK_PREVIEWS, GATES, PUBLISH);

    private final BuildListener listener;
    private int current = -1;
    private boolean running;
    private long startedAt;

    public BuildStages(BuildListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The listener the stages are told to (counts and parts within a stage go to it directly). */
    public BuildListener listener() {
        return listener;
    }

    /** Ends the current stage, if any, and starts {@code name}, which must come after it in {@link #NAMES}. */
    public void start(String name) {
        int index = NAMES.indexOf(name);
        if (index < 0) throw new IllegalArgumentException("no build stage is called \"" + name + "\"");
        if (index <= current) {
            throw new IllegalStateException("stage \"" + name + "\" cannot start after \"" + NAMES.get(current) + "\"");
        }
        // Whoever started the build may no longer want it (serve: a newer edit arrived): stop between stages.
        if (listener.cancelled()) throw new BuildCancelled();
        end();
        current = index;
        running = true;
        startedAt = System.nanoTime();
        listener.stage(name, index, NAMES.size());
    }

    /** Ends the current stage, if one is running, telling the listener its wall time. */
    public void end() {
        if (!running) return;
        long nanos = System.nanoTime() - startedAt;
        running = false;
        listener.stageEnded(NAMES.get(current), nanos);
    }
}
