package uz.shaffof.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An output or cache path that would put a user's files at risk (the project root, the content, a folder that is
 * not a site of ours, a regular file): refused before anything is written. A usage error, not a bug: the command
 * line prints {@code path: reason} and exits 2.
 */
public final class OutputRefused extends RuntimeException {
    private final transient Path path;
    private final String reason;

    public OutputRefused(Path path, String reason) {
        super((path == null ? "" : path + ": ") + reason, null, false, false);
        this.path = path;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A refusal about an option rather than a path (an empty {@code --out ""}). */
    public static OutputRefused option(String reason) {
        return new OutputRefused(null, reason);
    }

    /** The path refused, absolute; null when the refusal is about an option, not a path. */
    public Path path() {
        return path;
    }

    /** Why, and what to do instead: the message after {@code path: }. */
    public String reason() {
        return reason;
    }
}
