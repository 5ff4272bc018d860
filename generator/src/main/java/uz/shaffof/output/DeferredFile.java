package uz.shaffof.output;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A file of the site whose bytes are made on first demand, once: a chart's link-preview PNG, which no page needs in
 * order to be shown, so that the preview can reload the browser before it is drawn. Whichever thread asks first
 * makes the bytes (the build, before its gates; or the preview server, when a browser asks for the file before
 * that); a thread that asks meanwhile waits for them. Every caller gets the same bytes, or the same failure.
 *
 * <p>{@code key} names what decides the bytes (for a PNG: the chart's cache key and the size): two deferred files
 * with the same path and key have the same bytes, so the preview can tell that one did not change without making
 * it.
 */
public final class DeferredFile {
    private final String path;
    private final String key;
    private final FutureTask<byte[]> task;

    public DeferredFile(String path, String key, Callable<byte[]> make) {
        this.path = SitePaths.requireSafe(Objects.requireNonNull(path, "path must not be null"));
        this.key = Objects.requireNonNull(key, "key must not be null");
        this.task = new FutureTask<>(Objects.requireNonNull(make, "make must not be null"));
    }

    public String path() {
        return path;
    }

    public String key() {
        return key;
    }

    /** Whether the bytes are made (or making them failed); {@link #file()} then returns (or throws) at once. */
    public boolean isDone() {
        return task.isDone();
    }

    /** The bytes if they are made, else null (not made yet, or making them failed); never makes them or waits. */
    public byte[] bytesIfMade() {
        if (!task.isDone()) return null;
        try {
            return task.get();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            return null;
        }
    }

    /**
     * The file, made on this thread unless another has made it or is making it (then this one waits). A failure to
     * make it is rethrown as it was thrown (an unchecked exception or error), to every caller.
     */
    public OutputFile file() {
        task.run(); // does nothing when the task has run or is running on another thread
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return new OutputFile(path, task.get());
                } catch (InterruptedException e) {
                    // The bytes are being made by another thread and will be ready soon; the interrupt is kept.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException("making " + path + " failed", cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("making " + path + " was cancelled", e);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "DeferredFile[" + path + ", " + (task.isDone() ? "made" : "not made yet") + "]";
    }
}
