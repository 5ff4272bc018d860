package uz.shaffof.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the site before it is published: a normalised relative path with {@code /} separators (for
 * example {@code uz/regions/andijan/index.html}) and its bytes. The bytes are either held in memory or, for a file
 * already written to a build's staging directory ({@link #stored}), read back from there when asked: a site of
 * hundreds of thousands of pages keeps only their paths in memory. The bytes are not copied: treat them as
 * immutable once the file exists.
 */
public final class OutputFile implements Comparable<OutputFile> {
    private final String path;
    /** The bytes, or null when they are on disk at {@link #storedAt()}. */
    private final byte[] bytes;
    /**
     * The directory the file is stored under, at its path, or null. Shared by every file of a staging directory: a
     * {@code Path} of its own per file would cost more than the rest of the file's record.
     */
    private final Path storedUnder;
    /**
     * The SHA-256 of the bytes when whoever made the file already had it (a page from the page cache, whose entry
     * carries it), else null: what is keyed by a page's bytes (search's reading of it) uses it instead of reading and
     * hashing them again.
     */
    private final byte[] sha256;

    public OutputFile(String path, byte[] bytes) {
        this(path, Objects.requireNonNull(bytes, "bytes must not be null"), null, null);
    }

    private OutputFile(String path, byte[] bytes, Path storedUnder, byte[] sha256) {
        Objects.requireNonNull(path, "path must not be null");
        this.path = SitePaths.requireSafe(path);
        this.bytes = bytes;
        this.storedUnder = storedUnder;
        if (sha256 != null && sha256.length != 32) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256.length + " bytes");
        }
        this.sha256 = sha256;
    }

    /**
     * A file of these bytes whose SHA-256 is known to be {@code sha256}; the caller vouches for it (it was computed
     * from, or checked against, exactly these bytes).
     */
    public static OutputFile withSha256(String path, byte[] bytes, byte[] sha256) {
        return new OutputFile(path, Objects.requireNonNull(bytes, "bytes must not be null"),
                null, Objects.requireNonNull(sha256, "sha256"));
    }

    public static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A file whose bytes were written to {@code path} under the directory {@code dir} and are read from there on each
     * {@link #bytes()}: the file must stay there, unchanged, as long as this is in use.
     */
    public static OutputFile stored(String path, Path dir) {
        return new OutputFile(path, null, Objects.requireNonNull(dir, "dir must not be null"), null);
    }

    /** This file stored under {@code dir} (see {@link #stored(String, Path)}), with the SHA-256 it knows, if any. */
    public OutputFile storedUnder(Path dir) {
        return new OutputFile(path, null, Objects.requireNonNull(dir, "dir must not be null"), sha256);
    }

    /**
     * The SHA-256 of the bytes: the one the file was made with, else computed from {@link #bytes()} (read back from
     * disk for a stored file). A fresh array.
     */
    public byte[] sha256() {
        if (sha256 != null) return sha256.clone();
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String path() {
        return path;
    }

    /** The bytes: held, or read from where they are stored (a fresh array each time). */
    public byte[] bytes() {
        if (bytes != null) return bytes;
        try {
            return Files.readAllBytes(storedAt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + path + " from " + storedAt(), e);
        }
    }

    /** Where the bytes are stored on disk, or null when they are held in memory. */
    public Path storedAt() {
        return storedUnder == null ? null : storedUnder.resolve(path);
    }

    /** The directory the bytes are stored under (at {@link #path()}), or null when they are held in memory. */
    public Path storedUnder() {
        return storedUnder;
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    @Override
    public int compareTo(OutputFile o) {
        return path.compareTo(o.path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile f && f.path.equals(path) && Arrays.equals(f.bytes(), bytes());
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes());
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + (bytes != null ? ", " + bytes.length + " bytes]" : ", stored at " + storedAt() + "]");
    }
}
