package uz.shaffof.serve;

import uz.shaffof.build.BuildResult;
import uz.shaffof.pipeline.BuildListener;

/**
 * Builds the whole site in memory, as {@link uz.shaffof.build.Build#generate()} does, and reports its stages as it
 * goes. Throws {@link uz.shaffof.problem.BuildFailure} when the content, a template or a gate is wrong, and
 * {@link uz.shaffof.problem.BuildCancelled} when {@link BuildListener#cancelled} turned true. Called by
 * one thread at a time ({@link Rebuilder}), so an implementation may keep state between builds.
 */
@FunctionalInterface
public interface SiteBuilder {

    /**
     * Builds the site, telling {@code listener} of each stage, of the counts within it and when the files are ready
     * ({@link BuildListener#generated}: the preview may show them before the gates end; a builder need not call it,
     * then the files are shown at the end), and asking it whether the result is still wanted
     * ({@link BuildListener#cancelled}).
     */
    BuildResult build(BuildListener listener);

    /**
     * Called on the build thread when it is idle after a build, with no request waiting: a builder may run a build
     * whose result nobody sees, so that the next real one finds its code compiled. It must change nothing a later
     * build gives. Nothing by default.
     */
    default void rehearse() {}
}
