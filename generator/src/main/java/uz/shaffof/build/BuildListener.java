package uz.shaffof.build;

import uz.shaffof.output.GeneratedFiles;

/**
 * Hears a build as it goes: each stage as it starts ({@link Build#STAGES}, then {@code publish} when the build
 * publishes), counts within a stage (charts drawn or taken from the cache, pages rendered or reused), and the
 * moment every file exists and only the gates are left. Every method has an empty default.
 *
 * <p>{@link #progress} is called from the threads that render pages in parallel, so an implementation must be
 * thread-safe; counts for one item may arrive out of order (a lower count after a higher one).
 */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {};

    /** Stage {@code index} (0-based) of {@code count}, called {@code name}, starts now. */
    default void stage(String name, int index, int count) {}

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
}
