package uz.shaffof.output;

/**
 * Where a build hands each file of the site as soon as it is made, so that the rest of the build need not hold its
 * bytes: a publishing build writes it into its staging directory ({@link AtomicPublisher.Staging}) and goes on with
 * a file {@linkplain OutputFile#stored stored} there; a build that does not publish (the preview, {@code check})
 * keeps it in memory ({@link #MEMORY}). Thread-safe: pages are handed over from the threads that render them.
 */
@FunctionalInterface
public interface FileSink {
    /** Keeps every file in memory, as it is. */
    FileSink MEMORY = file -> file;

    /** Takes {@code file} and returns it as the build should hold it from now on (same path, same bytes). */
    OutputFile take(OutputFile file);
}
