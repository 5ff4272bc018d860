package uz.shaffof.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uz.shaffof.project.ProjectFiles;

/**
 * One directory of cache entries, each addressed by a key (64 lowercase hex digits, a SHA-256 of everything that
 * decides the entry) and stored at {@code <dir>/<first two digits>/<key>.<suffix>}. A file starts with three
 * lines: the format, its key, and the SHA-256 of the bytes that follow. An entry is used only when all three are
 * exactly what this reader expects, so a torn, truncated, damaged or foreign file (another format, another key,
 * a link, a pipe) is a miss, never trusted and never an error: the caller makes the value again and the entry is
 * replaced. Entries are written atomically (a temporary file moved into place).
 *
 * <p>The cache is an optimisation: failing to write, read or prune never fails a build, it only costs the next
 * build the work. {@link #keepOnly} after a build deletes the entries it did not use, so the directory holds one
 * site's entries, not every site ever built. The directory is safe to delete at any time. Thread-safe.
 */
public final class CacheEntries {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final String format;
    private final String suffix;
    private final Pattern entryName;
    private final int headerLength;

    /**
     * @param dir where the entries live (created when the first one is written)
     * @param format the first line of every entry; change it whenever the entry's bytes or the way keys are made
     *     change, so that entries of the old kind are misses
     * @param suffix the entries' file name suffix, without the dot ({@code page})
     */
    public CacheEntries(Path dir, String format, String suffix) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.format = Objects.requireNonNull(format, "format");
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        if (format.contains("\n") || !format.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("format must be one line of printable ASCII: \"" + format + "\"");
        }
        if (!suffix.matches("[a-z]+")) throw new IllegalArgumentException("suffix must be lowercase letters: " + suffix);
        this.entryName = Pattern.compile("[0-9a-f]{64}\\." + suffix);
        this.headerLength = format.length() + 1 + 64 + 1 + 64 + 1;
    }

    public Path dir() {
        return dir;
    }

    /** A new SHA-256 digest, for making keys. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * An entry's bytes and their SHA-256, which reading it has checked: a caller that needs the digest of the bytes
     * (to key what it derives from them) takes it from here instead of hashing them again.
     */
    public record Found(byte[] bytes, byte[] sha256) {}

    /** The bytes stored under {@code key}, or null when there is none or it is not exactly what was stored. */
    public byte[] read(String key) {
        Found found = find(key);
        return found == null ? null : found.bytes();
    }

    /**
     * The entry stored under {@code key} with its digest, or null when there is none or it is not exactly what was
     * stored.
     */
    public Found find(String key) {
        requireKey(key);
        // Never through a link, never a pipe: anything but a file of our own is a miss.
        byte[] all = ProjectFiles.readRegularOrNull(file(key));
        if (all == null || all.length < headerLength) return null;
        byte[] bytes = Arrays.copyOfRange(all, headerLength, all.length);
        byte[] sha256 = sha256().digest(bytes);
        byte[] expected = header(key, sha256);
        if (!Arrays.equals(all, 0, headerLength, expected, 0, expected.length)) return null;
        return new Found(bytes, sha256);
    }

    /** Stores {@code bytes} under {@code key}, replacing any entry there; a failure is ignored (see the class). */
    public void write(String key, byte[] bytes) {
        requireKey(key);
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), ".tmp-", "." + suffix);
            try {
                byte[] header = header(key, sha256().digest(bytes));
                byte[] all = Arrays.copyOf(header, header.length + bytes.length);
                System.arraycopy(bytes, 0, all, header.length, bytes.length);
                Files.write(tmp, all);
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UncheckedIOException e) {
            // The cache is an optimisation: failing to store only costs the next build the work.
        }
    }

    /**
     * Deletes the entries whose key is not in {@code keep}, and temporary files: the caller has finished writing
     * its own, so any left are from a build that died while writing. (Were another build writing into the same
     * directory at this moment, it would only lose that entry, which costs it nothing but the work next time. No
     * clock is read: a build reads none.) Files that are not entries of this suffix are left alone.
     */
    public void keepOnly(Set<String> keep) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                boolean delete;
                if (entryName.matcher(name).matches()) {
                    delete = !keep.contains(name.substring(0, 64));
                } else {
                    delete = name.startsWith(".tmp-") && name.endsWith("." + suffix);
                }
                if (delete) Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Another process may be pruning or writing too; what is left is only pruned next time.
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + "." + suffix);
    }

    private byte[] header(String key, byte[] sha256) {
        String text = format + "\n" + key + "\n" + HexFormat.of().formatHex(sha256) + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static void requireKey(String key) {
        if (!KEY.matcher(key).matches()) throw new IllegalArgumentException("not a cache key: \"" + key + "\"");
    }
}
