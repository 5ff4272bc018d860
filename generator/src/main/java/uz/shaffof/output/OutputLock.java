package uz.shaffof.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * One build at a time per output directory: an operating-system lock ({@link FileChannel#lock}) on the file
 * {@code .<name>.lock} beside the output, held from before the build reads its content until its site is published.
 * The operating system releases it when the process ends, however it ends, so a killed build never leaves a stale
 * lock; the file itself stays (deleting a lock file races with the next build that opens it) and holds the pid of
 * the last holder, for the message of a build that waits.
 *
 * <p>While a build holds the lock, every {@code .<name>.tmp-*} and {@code .<name>.old-*} beside the output that is
 * not its own is a leftover of a dead build: only the holder stages and swaps, so the holder may delete them.
 *
 * <pre><code>try (OutputLock lock = OutputLock.acquire(out, OutputLock.Wait.DEFAULT)) {
 *     // build, then publish with new AtomicPublisher(out, lock)
 * }</code></pre>
 */
public final class OutputLock implements AutoCloseable {
    /** How often a waiting build asks again: the lock has no notification, and a build takes seconds. */
    private static final long POLL_MILLIS = 100;

    /** How long to wait for another build, and whom to tell (once, with its pid, or -1) that this one waits. */
    public record Wait(Duration max, LongConsumer onWaiting) {
        /** Ten minutes, told to no one: longer than any build of a real site takes. */
        public static final Wait DEFAULT = new Wait(Duration.ofMinutes(10), pid -> {});

        public Wait {
            Objects.requireNonNull(max, "max");
            Objects.requireNonNull(onWaiting, "onWaiting");
        }
    }

    private final Path out;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path out, FileChannel channel, FileLock lock) {
        this.out = out;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of the output directory {@code out} (absolute, real): {@code .<name>.lock} beside it. */
    public static Path fileFor(Path out) {
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code out}, waiting for another build that holds it at most {@code wait.max()}.
     *
     * @throws OutputFailed when the lock file cannot be made, or the other build still holds it after the wait
     */
    public static OutputLock acquire(Path out, Wait wait) {
        long deadline = System.nanoTime() + wait.max().toNanos();
        boolean told = false;
        while (true) {
            Optional<OutputLock> got = tryAcquire(out);
            if (got.isPresent()) return got.get();
            if (!told) {
                wait.onWaiting().accept(holder(out));
                told = true;
            }
            if (System.nanoTime() - deadline >= 0) {
                long pid = holder(out);
                throw OutputFailed.because(out, "another build of this output" + (pid > 0 ? " (pid " + pid + ")" : "")
                        + " still runs after " + wait.max().toSeconds() + " s; wait for it to finish, or stop it");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OutputFailed.because(out, "interrupted while waiting for another build of this output");
            }
        }
    }

    /**
     * Takes the lock of {@code out} if no other build (in this process or another) holds it; empty when one does.
     *
     * @throws OutputFailed when the lock file cannot be made or opened
     */
    public static Optional<OutputLock> tryAcquire(Path out) {
        Path file = fileFor(out);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another thread of this process holds it: the same as another process
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return Optional.of(new OutputLock(out, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw OutputFailed.cannotWrite(out, e);
        }
    }

    /** The pid the holder wrote into the lock file, or -1 when it cannot be read (yet). */
    private static long holder(Path out) {
        try {
            String s = Files.readString(fileFor(out), StandardCharsets.US_ASCII).strip();
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The output directory this lock is for. */
    public Path out() {
        return out;
    }

    /** Whether this lock is still held (for the publisher's own check). */
    public boolean isHeld() {
        return lock.isValid();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a lock file cannot lose data; the operating system frees the lock with the process anyway.
        }
    }
}
