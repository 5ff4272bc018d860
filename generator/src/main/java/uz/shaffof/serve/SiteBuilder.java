package uz.shaffof.serve;

import uz.shaffof.build.BuildResult;
import uz.shaffof.output.GeneratedFiles;

/**
 * Builds the whole site in memory, as {@link uz.shaffof.build.Build#generate()} does, and reports its stages as it
 * goes. Throws {@link uz.shaffof.problem.BuildFailure} when the content, a template or a gate is wrong, and
 * {@link uz.shaffof.problem.BuildCancelled} when {@link Stages#cancelled} turned true. Called by
 * one thread at a time ({@link Rebuilder}), so an implementation may keep state between builds.
 */
@FunctionalInterface
public interface SiteBuilder {

    /** Told when each stage starts, so that callers can time the stages and show progress. */
    @FunctionalInterface
    interface Stages {
        Stages NONE = (name, index, count) -> {};

        /** Stage {@code index} (0-based) of {@code count}, called {@code name}, starts now. */
        void start(String name, int index, int count);

        /**
         * {@code done} of {@code total} items of {@code what} ({@code charts}, {@code pages}) are done within the
         * current stage. Called from several threads at once, possibly out of order.
         */
        default void progress(String what, long done, long total) {}

        /**
         * Every file is generated and only the gates are left: the preview may show these files already (the
         * build can still fail in the gates, or while making a deferred file). A builder need not call it; then the
         * files are shown at the end.
         */
        default void generated(GeneratedFiles files) {}

        /**
         * True once the build's result is no longer wanted (a newer edit arrived): the builder should stop soon
         * with {@link uz.shaffof.problem.BuildCancelled}. Asked from several threads.
         */
        default boolean cancelled() {
            return false;
        }
    }

    BuildResult build(Stages stages);

    /**
     * Called on the build thread when it is idle after a build, with no request waiting: a builder may run a build
     * whose result nobody sees, so that the next real one finds its code compiled. It must change nothing a later
     * build gives. Nothing by default.
     */
    default void rehearse() {}
}
