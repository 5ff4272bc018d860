package uz.shaffof.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A directory that a build which publishes nothing ({@code check}) writes each file of the site into as it is made,
 * as a publishing build writes its staging directory: so that it holds each file's path, not its bytes, and its
 * memory does not grow with the text of the site. Made under a given parent (the cache directory, which such a build
 * writes anyway) as {@code check-PID-N/}, and deleted whole when closed, whether the build passed or failed. One
 * left behind by a process that was killed (its PID no longer runs) is deleted when the next one is made.
 *
 * <p>Thread-safe: pages are handed over from the threads that render them.
 */
public final class ScratchDirectory implements FileSink, AutoCloseable {
    private static final String PREFIX = "check-";

    private final Path root;
    /** Directories made so far: asking the file system again costs an exception per file. */
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    private ScratchDirectory(Path root) {
        this.root = root;
    }

    /**
     * A new, empty scratch directory under {@code parent} (made if missing).
     *
     * @throws IOException when it cannot be made
     */
    public static ScratchDirectory under(Path parent) throws IOException {
        Files.createDirectories(parent);
        deleteAbandoned(parent);
        String pid = Long.toString(ProcessHandle.current().pid());
        return new ScratchDirectory(Files.createTempDirectory(parent, PREFIX + pid + "-"));
    }

    /** Where the files are written. */
    public Path root() {
        return root;
    }

    /**
     * Writes {@code file} and returns it {@linkplain OutputFile#stored stored} here, its bytes no longer held.
     *
     * @throws OutputFailed when the file system refuses the write
     */
    @Override
    public OutputFile take(OutputFile file) {
        if (root.equals(file.storedUnder())) return file;
        Path target = root.resolve(file.path()).normalize();
        // OutputFile already refuses unsafe paths; this is the second lock on the same door.
        if (!target.startsWith(root)) throw new IllegalArgumentException("path escapes the scratch directory: " + file.path());
        try {
            Path parentDir = target.getParent();
            if (!made.contains(parentDir)) {
                Files.createDirectories(parentDir);
                made.add(parentDir);
            }
            byte[] bytes = file.bytes();
            try {
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // the same path handed over twice: the later bytes win, as in a staging directory
                Files.delete(target);
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw OutputFailed.cannotWrite(root, e);
        }
        return OutputFile.stored(file.path(), root);
    }

    /** Deletes the directory and everything in it; the files taken can no longer be read. */
    @Override
    public void close() {
        try {
            AtomicPublisher.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    /** Deletes the scratch directories under {@code parent} of processes that no longer run. */
    private static void deleteAbandoned(Path parent) {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path dir : found) {
                String name = dir.getFileName().toString().substring(PREFIX.length());
                int dash = name.indexOf('-');
                if (dash <= 0) continue;
                long pid;
                try {
                    pid = Long.parseLong(name.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent()) continue;
                try {
                    AtomicPublisher.deleteTree(dir);
                } catch (IOException e) {
                    // left for the next one: it is only disk space, and this check needs none of it
                }
            }
        } catch (IOException e) {
            // nothing to clean up, or it cannot be listed: the new directory does not depend on it
        }
    }
}
