package uz.shaffof.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes a complete set of files as the directory {@code out} so that readers of {@code out} see either the
 * old site or the new one, never a mix. The files go into a fresh {@code .<name>.tmp-*} directory beside
 * {@code out}; only then is the old directory renamed aside and the new one renamed into place, and the old one
 * deleted. A plain rename cannot replace a non-empty directory, hence the two renames; if the process dies
 * between them, the next run finds no {@code out} but an {@code .<name>.old-*} and puts it back before doing
 * anything else ({@link #recover}). Leftovers of dead runs are removed at the next publish.
 *
 * <p>What it may replace: nothing, an empty directory, or a directory holding the {@value #MARKER} file that every
 * site it publishes carries. A regular file, or a directory with other files and no marker (the project root, the
 * content, a user's documents), is refused with {@link OutputRefused} before anything is written. When {@code out}
 * is a symbolic link (to a deploy folder), the site is published into the link's target, atomically, and the link
 * stays a link. Every publish holds the output's {@link OutputLock}: its own, or one the caller holds for the whole
 * build, so leftovers it removes are never another live build's. A failure of the file system (disk full,
 * read-only, permission denied) is an {@link OutputFailed} naming the output, with the published site as it was.
 *
 * <pre><code>new AtomicPublisher(Path.of("site")).publish(files);</code></pre>
 */
public final class AtomicPublisher {
    /**
     * The file in every published site that says "a site of ours: safe to replace". A site path never starts with a
     * dot ({@link SitePaths}), so no page or asset can clash with it; it is written at the swap, not generated, so
     * the gates and the preview never see it; and served by mistake it says only this.
     */
    public static final String MARKER = ".shaffof-site";
    private static final byte[] MARKER_TEXT = ("This directory is a site published by shaffof build, which replaces "
            + "it whole at every build.\nDo not keep other files here.\n").getBytes(StandardCharsets.UTF_8);

    private final Path out;
    private final Path parent;
    private final String tmpPrefix;
    private final String oldPrefix;
    /** The lock the caller holds for a whole build, or null: each staging takes and releases its own. */
    private final OutputLock heldLock;

    /**
     * A publisher to {@code out} that takes the output's lock for each staging (waiting up to
     * {@link OutputLock.Wait#DEFAULT} for another build).
     *
     * @throws OutputRefused when {@code out} cannot be an output at all (the file system's root, a broken link)
     */
    public AtomicPublisher(Path out) {
        this(out, null);
    }

    /**
     * A publisher to {@code out} for a build that holds its lock ({@link OutputLock#acquire}) from start to end.
     *
     * @throws OutputRefused when {@code out} cannot be an output at all (the file system's root, a broken link)
     */
    public AtomicPublisher(Path out, OutputLock lock) {
        // A link is followed to where the site really goes, and a ".." resolved where it really leads.
        this.out = RealPaths.resolve(out);
        this.parent = this.out.getParent();
        if (parent == null) throw new OutputRefused(this.out, "the root of the file system is never an output");
        if (lock != null && !lock.out().equals(this.out)) {
            throw new IllegalArgumentException("the lock of " + lock.out() + " does not guard " + this.out);
        }
        this.heldLock = lock;
        String name = this.out.getFileName().toString();
        this.tmpPrefix = "." + name + ".tmp-";
        this.oldPrefix = "." + name + ".old-";
    }

    /** The output directory, resolved: a symbolic link's target. */
    public Path out() {
        return out;
    }

    /**
     * What a publish did besides swapping the site in: the previous site (or a dead build's leftovers) it could not
     * delete, each with the reason. The new site is published either way; these are for a warning.
     */
    public record Published(List<Leftover> notDeleted) {
        public Published {
            notDeleted = List.copyOf(notDeleted);
        }
    }

    /** A directory beside the output that could not be deleted, and why. */
    public record Leftover(Path path, String reason) {}

    /**
     * Writes every file and swaps the result in; on any failure the previous {@code out} is left as it was.
     *
     * @throws OutputRefused when {@code out} exists and is not a site of ours
     * @throws OutputFailed  when the file system refuses a write (the previous {@code out} is left as it was)
     */
    public Published publish(Collection<OutputFile> files) {
        try (Staging staging = stage()) {
            return staging.publish(files);
        }
    }

    /**
     * A fresh staging directory beside {@code out}, for a build that writes its files as it makes them
     * ({@link Staging#take}) and publishes them all at the end ({@link Staging#publish(Collection)}). Closing it
     * unpublished deletes it: the previous {@code out} is left as it was.
     *
     * @throws OutputRefused when {@code out} exists and is not a site of ours
     * @throws OutputFailed  when the staging directory cannot be made
     */
    public Staging startStaging() {
        return stage();
    }

    /**
     * Checks that {@code out} may be replaced: it does not exist, or is an empty directory, or a site of ours (it has
     * the {@value #MARKER} file). A build calls it before its work, so that a refusal costs nothing; staging and the
     * swap call it again.
     *
     * @throws OutputRefused naming what {@code out} is and what to do instead
     */
    public void requireReplaceable() {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(out, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw OutputFailed.cannotWrite(out, e);
        }
        if (a.isRegularFile()) {
            throw new OutputRefused(out, "cannot be the output directory: it is a file, and a site is never "
                    + "written over a file; give another --out");
        }
        if (a.isSymbolicLink()) {
            throw new OutputRefused(out, "became a symbolic link during the build, so it is not replaced: build again");
        }
        if (!a.isDirectory()) throw new OutputRefused(out, "cannot be the output directory: it is not a directory; give another --out");
        if (Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) return;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(out)) {
            if (!ds.iterator().hasNext()) return;
        } catch (IOException e) {
            throw OutputFailed.cannotWrite(out, e);
        }
        throw new OutputRefused(out, "cannot be the output directory: it holds files, and it is not a site that "
                + "shaffof published (it has no " + MARKER + " file), so it is not replaced; give another --out, "
                + "or, if it is a site built by an older shaffof, delete it first");
    }

    /**
     * A fresh staging directory beside {@code out}: {@link #publish} writes into it, then swaps it in. Closing a
     * staging that was not published deletes it, and the previous {@code out} is left as it was. A publisher made
     * without a lock takes the output's lock here and keeps it until the staging is closed.
     *
     * @throws OutputRefused when {@code out} exists and is not a site of ours
     * @throws OutputFailed  when the staging directory cannot be made
     */
    private Staging stage() {
        if (heldLock == null) requireReplaceable(); // before the lock file is made: a refusal writes nothing
        OutputLock own = heldLock != null ? null : OutputLock.acquire(out, OutputLock.Wait.DEFAULT);
        try {
            recover();
            requireReplaceable();
            Path staging = parent.resolve(tmpPrefix + UUID.randomUUID());
            Files.createDirectories(staging);
            Path published = Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) ? out.toRealPath() : null;
            return new Staging(staging, staging.toRealPath(), published, own);
        } catch (IOException e) {
            if (own != null) own.close();
            throw OutputFailed.cannotWrite(out, e);
        } catch (RuntimeException e) {
            if (own != null) own.close();
            throw e;
        }
    }

    /**
     * A run killed between the two renames left no {@code out} but the old site aside: puts it back. The caller holds
     * the output's lock (a live build between its renames also has no {@code out}); {@link #stage()} calls it.
     */
    public void recover() {
        requireLocked();
        try {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) return;
            List<Path> olds = siblings(oldPrefix);
            // Names sort by the time they were set aside: the last is the site that was published when the run died.
            if (!olds.isEmpty()) Files.move(olds.get(olds.size() - 1), out, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // The parent does not exist yet: nothing was ever published here.
        } catch (IOException e) {
            throw OutputFailed.cannotWrite(out, e);
        }
    }

    /**
     * For a command that does not publish ({@code check}, {@code serve}): when a run died between the two renames,
     * puts the old site back, unless a live build holds the output (it is between its renames, or will recover
     * itself). Writes nothing when there is nothing to recover. True when it put a site back.
     */
    public static boolean recoverIfInterrupted(Path out) {
        AtomicPublisher p = new AtomicPublisher(out);
        if (Files.exists(p.out, LinkOption.NOFOLLOW_LINKS)) return false;
        try {
            if (!Files.isDirectory(p.parent) || p.siblings(p.oldPrefix).isEmpty()) return false;
        } catch (IOException e) {
            return false;
        }
        Optional<OutputLock> lock = OutputLock.tryAcquire(p.out);
        if (lock.isEmpty()) return false;
        try (OutputLock held = lock.get()) {
            new AtomicPublisher(p.out, held).recover();
            return Files.exists(p.out, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private void requireLocked() {
        if (heldLock != null && !heldLock.isHeld()) throw new IllegalStateException("the lock of " + out + " was released");
    }

    /**
     * A staging directory being filled; see {@link #stage()}. Writing is thread-safe.
     *
     * <p>A file whose bytes are the same as the published file at its path is hard-linked to that file instead of
     * written again. Rebuilding a site changes few of its files, and the old site is deleted after the swap: a
     * file written afresh costs the disk new blocks now and freeing the old ones then (on these machines 1.7 s
     * for 10 000 pages, against 0.08 s to unlink the same files when they are links), while a link costs a read
     * of the old file, usually from the page cache. Unchanged files also keep their modification time, so the
     * web server's Last-Modified and ETag of an unchanged page stay the same across deploys. Staged files are
     * only ever created, never written through ({@code CREATE_NEW}), so writing into a linked path can never
     * change the published file it shares with.
     */
    public final class Staging implements AutoCloseable, FileSink {
        private final Path dir;
        private final Path root;
        /** The published {@code out}, resolved, or null when there is none to link unchanged files to. */
        private final Path published;
        /** Directories made so far: asking the file system again costs an exception per file. */
        private final Set<Path> made = ConcurrentHashMap.newKeySet();
        /** Directories of the published site with no symbolic link on their way: only these are linked from. */
        private final Map<Path, Boolean> plainPublishedDirs = new ConcurrentHashMap<>();
        /** The lock this staging took for itself (released when it is closed), or null: the caller holds one. */
        private final OutputLock ownLock;
        private volatile boolean done;

        private Staging(Path dir, Path root, Path published, OutputLock ownLock) {
            this.dir = dir;
            this.root = root;
            this.published = published;
            this.ownLock = ownLock;
        }

        /**
         * Writes {@code file} into the staging directory now and returns it {@linkplain OutputFile#stored stored}
         * there, its bytes no longer held: a build hands each page over as it is rendered. Thread-safe.
         *
         * @throws OutputFailed when the file system refuses the write
         */
        @Override
        public OutputFile take(OutputFile file) {
            if (isStoredHere(file)) return file;
            write(file);
            return file.storedUnder(root);
        }

        /** Whether {@code file} is already this staging's file at its path ({@link #take}). */
        private boolean isStoredHere(OutputFile file) {
            return root.equals(file.storedUnder());
        }

        /** Writes one file into the staging directory; returns where. */
        Path write(OutputFile f) {
            Path target = root.resolve(f.path()).normalize();
            // OutputFile already refuses unsafe paths; this is the second lock on the same door.
            if (!target.startsWith(root)) throw new IllegalArgumentException("path escapes the output: " + f.path());
            try {
                Path parentDir = target.getParent();
                if (!made.contains(parentDir)) {
                    Files.createDirectories(parentDir);
                    made.add(parentDir);
                }
                if (!linkedToPublished(f, target)) createFile(target, f.bytes());
                return target;
            } catch (IOException e) {
                throw OutputFailed.cannotWrite(out, e);
            }
        }

        /**
         * Links {@code target} to the published file at the same path when that file has exactly these bytes; false
         * (and nothing done) when it does not, or cannot be linked, and the file is to be written.
         */
        private boolean linkedToPublished(OutputFile f, Path target) throws IOException {
            if (published == null) return false;
            Path old = published.resolve(f.path()).normalize();
            if (!old.startsWith(published)) return false;
            byte[] bytes = f.bytes();
            try {
                BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile() || a.size() != bytes.length || !plainPublishedDir(old.getParent())) return false;
                if (!Arrays.equals(Files.readAllBytes(old), bytes)) return false;
                try {
                    Files.createLink(target, old);
                } catch (FileAlreadyExistsException e) {
                    Files.delete(target); // the same path staged twice: the later bytes win, as with writing
                    Files.createLink(target, old);
                }
                return true;
            } catch (NoSuchFileException e) {
                return false; // nothing published at that path (or a concurrent build moved the site away)
            } catch (UnsupportedOperationException | FileSystemException e) {
                return false; // no hard links on this file system, or not across these paths: write the file
            }
        }

        /**
         * True when the published directory {@code d} is reached without a symbolic link: a link planted in the
         * published site must not make a staged file share a file outside it.
         */
        private boolean plainPublishedDir(Path d) {
            return plainPublishedDirs.computeIfAbsent(d, p -> {
                try {
                    return p.toRealPath().equals(p);
                } catch (IOException e) {
                    return false;
                }
            });
        }

        /**
         * Writes the files, in parallel. On the first failure the other writers stop, and this returns (throwing that
         * failure) only when none is writing any more: a staging directory deleted while a writer still adds to it
         * would be left behind, and on a full disk it holds the space.
         */
        void writeAll(Collection<OutputFile> files) {
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            files.parallelStream().forEach(f -> {
                if (failure.get() != null || isStoredHere(f)) return;
                try {
                    write(f);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            });
            if (failure.get() != null) throw failure.get();
        }

        /**
         * Writes {@code files} (those not already {@linkplain #take taken}), then swaps the staging directory in as
         * {@link #publish()} does. Every file of the site must be in {@code files}, or have been taken.
         *
         * @throws OutputFailed when the file system refuses a write or the swap (the previous site is in place)
         */
        public Published publish(Collection<OutputFile> files) {
            writeAll(files);
            return publish();
        }

        /**
         * Marks the staging directory as a site of ours, swaps it in as {@code out}, and removes what earlier runs
         * left. Once the swap is done the site is published, and a previous site that cannot be deleted is reported
         * in the result, not thrown: the caller must be able to say the site was published.
         *
         * @throws OutputFailed when the marker cannot be written or the swap fails (the previous site is in place)
         */
        Published publish() {
            requireLocked();
            try {
                createFile(dir.resolve(MARKER), MARKER_TEXT);
                requireReplaceable();
            } catch (IOException e) {
                throw OutputFailed.cannotWrite(out, e);
            }
            List<Leftover> notDeleted = new ArrayList<>();
            Path old = swapIn(dir);
            done = true;
            if (old != null) deleteOrNote(old, notDeleted);
            removeLeftovers(notDeleted);
            return new Published(notDeleted);
        }

        /** Deletes the staging directory unless it was published, and releases the lock this staging took. */
        @Override
        public void close() {
            try {
                if (!done) {
                    done = true;
                    deleteTree(dir);
                }
            } catch (IOException e) {
                // A staging directory left behind is a leftover: the next publish removes it. Throwing here would
                // hide why the build stopped.
            } finally {
                if (ownLock != null) ownLock.close();
            }
        }
    }

    /**
     * Creates {@code target} with {@code bytes}, replacing (never writing through) a file already at that path:
     * a staged file may be a link that shares its data with the published site.
     */
    private static void createFile(Path target, byte[] bytes) throws IOException {
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(target);
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * Renames the old site aside and the staging directory into place; returns the old site's new name (to be
     * deleted), or null when there was none. On failure the old site is put back.
     */
    private Path swapIn(Path staging) {
        try {
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
                return null;
            }
        } catch (IOException e) {
            throw OutputFailed.cannotWrite(out, e);
        }
        // Aside under the time it was set aside, so that recovery puts back the latest (see recover()).
        Path old = parent.resolve(oldPrefix + String.format(Locale.ROOT, "%020d-", System.currentTimeMillis())
                + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw OutputFailed.cannotWrite(out, e);
        }
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException again) {
                throw new OutputFailed(out, "cannot write: " + OutputFailed.reason(e) + "; and the previous site could "
                        + "not be put back (" + OutputFailed.reason(again) + "): it is at " + old
                        + ", and the next build or check puts it back", e, false);
            }
            throw OutputFailed.cannotWrite(out, e);
        }
        return old;
    }

    /** Removes what dead builds left beside the output: the lock is held, so none of it is a live build's. */
    private void removeLeftovers(List<Leftover> notDeleted) {
        List<Path> tried = notDeleted.stream().map(Leftover::path).toList();
        try {
            for (Path p : siblings(tmpPrefix)) deleteOrNote(p, notDeleted);
            for (Path p : siblings(oldPrefix)) {
                if (!tried.contains(p)) deleteOrNote(p, notDeleted);
            }
        } catch (IOException e) {
            notDeleted.add(new Leftover(parent, OutputFailed.reason(e)));
        }
    }

    private static void deleteOrNote(Path dir, List<Leftover> notDeleted) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            notDeleted.add(new Leftover(dir, OutputFailed.reason(io)));
        }
    }

    private List<Path> siblings(String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, prefix + "*")) {
            ds.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    /**
     * Deletes a directory tree without following symbolic links out of it, its files on several threads when there
     * are many (also {@link ScratchDirectory}'s, which can hold a whole site).
     */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(); // each after its contents
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                dirs.add(d);
                return FileVisitResult.CONTINUE;
            }
        });
        deleteFiles(files);
        for (Path d : dirs) Files.delete(d);
    }

    /** Threads that delete the files of a large tree. */
    private static final int DELETERS = 8;

    /**
     * Deletes the files, on several threads when there are many. Deleting a site published by the previous build
     * (its files long written to disk) waits on the disk far more than it uses the CPU: on these machines one thread
     * took 1.5 to 2 s for 10 000 files, and eight, whose waits overlap, 0.7 s.
     */
    private static void deleteFiles(List<Path> files) throws IOException {
        if (files.size() < 256) {
            for (Path f : files) Files.delete(f);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(DELETERS, r -> {
            Thread t = new Thread(r, "shaffof-delete");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int k = 0; k < DELETERS; k++) {
                int first = k;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < files.size(); i += DELETERS) Files.delete(files.get(i));
                    return null;
                }));
            }
            for (Future<?> part : parts) part.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException("deleting files failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deleting files");
        } finally {
            pool.shutdownNow();
        }
    }
}
