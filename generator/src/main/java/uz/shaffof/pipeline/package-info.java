/**
 * What every stage of a build shares, below the stages themselves: the options a build runs with
 * ({@link uz.shaffof.pipeline.BuildOptions}), the named stages and their clock ({@link uz.shaffof.pipeline.BuildStages}),
 * the listener that hears them ({@link uz.shaffof.pipeline.BuildListener}) and the parallel map the stages render and
 * check with ({@link uz.shaffof.pipeline.ParallelMap}).
 *
 * <p>It sits at the bottom so that the stages ({@code site}, {@code search}, {@code gate}) and the build that orders
 * them ({@code build}) can all use it without depending on one another in a circle. It depends only on
 * {@code render} (a page's template limits, part of the options), {@code output} (the generated files a listener is
 * told of) and {@code problem} (a cancelled build); {@code uz.shaffof.ArchitectureTest} keeps it that way.
 */
package uz.shaffof.pipeline;
