package uz.shaffof.pipeline;

import uz.shaffof.output.GeneratedFiles;

/**
 * Hears a build as it goes: each stage as it starts and when it ends, with its wall time ({@link BuildStages#NAMES},
 * in that order; {@code publish} only when the build publishes), the parts of a stage that run side by side (each
 * gate, how many pages a gate with a verdict cache checked afresh, and how long before its stage a gate that checks
 * pages as they are made began), counts within a stage (charts drawn or
 * taken from the cache, pages rendered or reused), and the moment every file exists and only the link previews and
 * gates are left. Every method has an empty default.
 *
 * <p>{@link #progress} and {@link #partEnded} are called from the threads that do the work in parallel, so an
 * implementation must be thread-safe; counts for one item may arrive out of order (a lower count after a higher one).
 */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {};

    /** Stage {@code index} (0-based) of {@code count}, called {@code name}, starts now. */
    default void stage(String name, int index, int count) {}

    /**
     * Stage {@code name} is over, {@code nanos} of wall time after it started; called on the build's thread, before
     * the next stage starts. A stage that a failure ends is not reported.
     */
    default void stageEnded(String name, long nanos) {}

    /**
     * Within stage {@code stage}, part {@code part} took {@code nanos} of wall time. Parts run side by side (each gate
     * of {@code gates}, on its own thread), so their times overlap and are not shares of the stage.
     */
    default void partEnded(String stage, String part, long nanos) {}

    /**
     * Within stage {@code stage}, part {@code part} did its work on {@code fresh} of its {@code total} items and took
     * the others' results from a cache: the HTML-validity gate checked {@code fresh} of the site's {@code total} pages
     * and took the other verdicts from its verdict cache. Called on the build's thread, after the part ended.
     */
    default void partCounted(String stage, String part, long fresh, long total) {}

    /**
     * Part {@code part} of stage {@code stage} began {@code nanos} before its stage did, beside the stages before it
     * (the HTML-validity gate checks pages as they are made): its time ({@link #partEnded}) counts from then, and
     * that much of it overlapped earlier stages. Called on the build's thread, after the part ended.
     */
    default void partStartedEarly(String stage, String part, long nanos) {}

    /** {@code done} of {@code total} items of {@code what} ({@code charts}, {@code pages}) are done. */
    default void progress(String what, long done, long total) {}

    /**
     * Every file is generated and only the gates are left. Some files may be deferred (link-preview PNGs of charts
     * drawn in this build): the build makes them next, before its gates, and a caller that shows them earlier makes
     * one itself if it is asked for it first ({@link GeneratedFiles}). The build can still fail while making them or
     * in the gates: a caller that shows these files (the preview) must be ready for that; a build publishes only
     * after the gates.
     */
    default void generated(GeneratedFiles files) {}

    /**
     * True once whoever started the build no longer wants its result ({@code serve}: a newer edit arrived). Asked
     * between stages and, from the rendering threads, while pages render; the build then stops with
     * {@link uz.shaffof.problem.BuildCancelled}. Must be thread-safe and cheap.
     */
    default boolean cancelled() {
        return false;
    }

    /** A listener that tells {@code this} and then {@code other} everything (the progress line and the timings). */
    default BuildListener and(BuildListener other) {
        BuildListener first = this;
        return new BuildListener() {
            @Override
            public void stage(String name, int index, int count) {
                first.stage(name, index, count);
                other.stage(name, index, count);
            }

            @Override
            public void stageEnded(String name, long nanos) {
                first.stageEnded(name, nanos);
                other.stageEnded(name, nanos);
            }

            @Override
            public void partEnded(String stage, String part, long nanos) {
                first.partEnded(stage, part, nanos);
                other.partEnded(stage, part, nanos);
            }

            @Override
            public void partCounted(String stage, String part, long fresh, long total) {
                first.partCounted(stage, part, fresh, total);
                other.partCounted(stage, part, fresh, total);
            }

            @Override
            public void partStartedEarly(String stage, String part, long nanos) {
                first.partStartedEarly(stage, part, nanos);
                other.partStartedEarly(stage, part, nanos);
            }

            @Override
            public void progress(String what, long done, long total) {
                first.progress(what, done, total);
                other.progress(what, done, total);
            }

            @Override
            public void generated(GeneratedFiles files) {
                first.generated(files);
                other.generated(files);
            }

            @Override
            public boolean cancelled() {
                return first.cancelled() || other.cancelled();
            }
        };
    }
}
