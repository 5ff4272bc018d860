package uz.shaffof.gate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.cache.CacheEntries;

/**
 * What a page-local gate found in each page, kept between builds and addressed by content. A gate whose verdict on
 * a page depends on nothing but the page's bytes, its address (the base URL and path it is published at) and the
 * checker (the HTML-validity gate) looks each page up by the SHA-256 of those, and checks only the pages it finds
 * no verdict for. A verdict is the page's findings with their places in the page, so a page taken from the cache
 * fails the build with exactly the messages and positions a fresh check gives.
 *
 * <p>On disk ({@link #onDisk}: {@code build}, under {@code .shaffof-cache/verdicts/}) the entries are
 * {@link CacheEntries}, the store the page cache uses: a torn, damaged or foreign entry (another format, another
 * key, bytes that do not decode to a verdict) is a miss, and the page is checked again. After each run the entries
 * that run did not use are deleted. {@link #none()} keeps nothing: every page is checked. Thread-safe.
 */
public final class VerdictCache {
    /** Bump when the entry bytes or the way keys are made change. */
    private static final String FORMAT = "shaffof-verdict 1";
    /** A page shows at most a few dozen findings; more in an entry means it is not one of ours. */
    private static final int MAX_FINDINGS = 10_000;

    /** The entries, or null when nothing is kept. */
    private final CacheEntries entries;

    private VerdictCache(CacheEntries entries) {
        this.entries = entries;
    }

    /** Keeps nothing: every page is checked on every run. */
    public static VerdictCache none() {
        return new VerdictCache(null);
    }

    /** Keeps verdicts in {@code dir} (created when first written), one run after another, in separate processes. */
    public static VerdictCache onDisk(Path dir) {
        return new VerdictCache(new CacheEntries(Objects.requireNonNull(dir, "dir"), FORMAT, "verdict"));
    }

    /**
     * Starts one run of one gate over a site.
     *
     * @param checker the identity of the gate and everything that decides its verdicts (its code, its checker's
     *     version and settings): a verdict found by another checker is never used
     */
    Run start(String checker) {
        return new Run(Objects.requireNonNull(checker, "checker"));
    }

    /** One problem a gate found in a page, placed in that page (line 0 and column 0 for none), and its message. */
    record Finding(int line, int column, String message) {
        Finding {
            if (line < 0 || column < 0) throw new IllegalArgumentException("line and column must be >= 0");
            Objects.requireNonNull(message, "message");
        }
    }

    /** One gate's use of the cache over one site: which entries it used, so that {@link #finish} keeps only those. */
    final class Run {
        private final byte[] checker;
        private final Set<String> used = ConcurrentHashMap.newKeySet();

        private Run(String checker) {
            this.checker = checker.getBytes(StandardCharsets.UTF_8);
        }

        /** The key of the verdict on {@code page} published at {@code address}; null when nothing is kept. */
        String key(String address, byte[] page) {
            return entries == null ? null : digest(address, page);
        }

        /**
         * What {@link #key} is made of, whether or not anything is kept: it names exactly what a verdict was given
         * on, so a gate can tell whether a verdict it holds is the one on a page's final bytes.
         */
        String digest(String address, byte[] page) {
            MessageDigest d = CacheEntries.sha256();
            d.update(FORMAT.getBytes(StandardCharsets.US_ASCII));
            d.update((byte) 0);
            d.update(checker);
            d.update((byte) 0);
            d.update(address.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(page);
            return HexFormat.of().formatHex(d.digest());
        }

        /** The verdict stored under {@code key}, or null when there is none that can be trusted. */
        List<Finding> find(String key) {
            if (key == null) return null;
            byte[] bytes = entries.read(key);
            List<Finding> verdict = bytes == null ? null : decode(bytes);
            if (verdict != null) used.add(key);
            return verdict;
        }

        /** Keeps {@code verdict} under {@code key} (a failure to write only costs the next run a check). */
        void keep(String key, List<Finding> verdict) {
            if (key == null) return;
            entries.write(key, encode(verdict));
            used.add(key);
        }

        /** The run is over: delete every entry it did not use. */
        void finish() {
            if (entries != null) entries.keepOnly(used);
        }
    }

    /** A verdict as bytes: the number of findings, then each one's line, column and UTF-8 message. */
    static byte[] encode(List<Finding> verdict) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(verdict.size());
            for (Finding f : verdict) {
                byte[] message = f.message().getBytes(StandardCharsets.UTF_8);
                out.writeInt(f.line());
                out.writeInt(f.column());
                out.writeInt(message.length);
                out.write(message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** The verdict {@link #encode} wrote, or null when {@code bytes} are not exactly one such verdict. */
    static List<Finding> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int count = in.readInt();
            if (count < 0 || count > MAX_FINDINGS) return null;
            List<Finding> verdict = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int line = in.readInt();
                int column = in.readInt();
                int length = in.readInt();
                if (line < 0 || column < 0 || length < 0 || length > in.available()) return null;
                byte[] message = in.readNBytes(length);
                verdict.add(new Finding(line, column, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(message)).toString()));
            }
            return in.available() == 0 ? List.copyOf(verdict) : null;
        } catch (IOException e) { // EOFException: they end inside a finding; CharacterCodingException: not UTF-8
            return null;
        }
    }
}
