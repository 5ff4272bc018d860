/**
 * The build: the one place that knows the order of the stages, from content/ to a published site; what a build
 * tells as it goes ({@link uz.shaffof.pipeline.BuildListener}) and the terminal's progress line
 * ({@link uz.shaffof.build.ProgressPrinter}), for {@code build}, {@code check} and {@code serve}.
 */
package uz.shaffof.build;
