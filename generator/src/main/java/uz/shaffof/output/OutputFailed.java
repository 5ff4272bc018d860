package uz.shaffof.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The environment stopped a publish (disk full, permission denied, a read-only file system, another build holding
 * the output too long). The published site is as it was before. Not the editor's fault and not a bug: the command
 * line prints {@code path: reason} without a stack trace and exits 3.
 */
public final class OutputFailed extends RuntimeException {
    private final transient Path path;
    private final String reason;
    private final boolean siteIntact;

    /** @param path the output (or cache) directory the failure is about, absolute */
    public OutputFailed(Path path, String reason, IOException cause) {
        this(path, reason, cause, true);
    }

    /**
     * @param siteIntact false only when a swap failed and the previous site could not be put back either (the next
     *                   command that touches the output puts it back)
     */
    OutputFailed(Path path, String reason, IOException cause, boolean siteIntact) {
        super(path + ": " + reason, cause, false, false);
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.siteIntact = siteIntact;
    }

    /** A failure with no I/O exception behind it (a lock held too long). */
    public static OutputFailed because(Path path, String reason) {
        return new OutputFailed(path, reason, null);
    }

    /** {@code cannot write: No space left on device}, from what the operating system said. */
    public static OutputFailed cannotWrite(Path path, IOException e) {
        return new OutputFailed(path, "cannot write: " + reason(e), e);
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }

    /** Whether the published site is as it was before the failed publish (so the message can say so). */
    public boolean siteIntact() {
        return siteIntact;
    }

    /**
     * The operating system's words for an I/O failure ({@code No space left on device}, {@code Read-only file
     * system}, {@code Permission denied}), and the file it was about when that is not the directory itself.
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "Permission denied"
                    : e instanceof NoSuchFileException ? "No such file or directory"
                    : e.getClass().getSimpleName();
            return f.getFile() == null ? why : why + " (" + f.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
