/**
 * The Maven plugin: the goals {@code shaffof:build}, {@code shaffof:check}, {@code shaffof:serve},
 * {@code shaffof:import}, {@code shaffof:new} and {@code shaffof:templates} run the generator's own command line
 * ({@link uz.shaffof.Main#run}) in Maven's JVM, with the plugin's parameters as its options, and turn its exit status
 * into Maven's outcome.
 */
package uz.shaffof.maven;
