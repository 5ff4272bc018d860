package uz.shaffof.gate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.cache.CacheEntries;

/**
 * What the {@link PageGate}s learned of each page from its parse ({@link PageFacts}), kept between builds and
 * addressed by content: the key is the SHA-256 of the page's bytes, the address it is published at (base URL and
 * path) and the identity of the page gates' code, so a page whose bytes, address or gates changed is parsed again.
 * Only facts are kept, never a verdict that depends on another file: whether a link's target exists, whether a
 * script's integrity matches its file and whether a page has its twin are judged on every run from these facts
 * and the site as it is.
 *
 * <p>On disk ({@link #onDisk}: {@code build}, under {@code .shaffof-cache/facts/}) the entries are
 * {@link CacheEntries}, the store of the page and verdict caches: a torn, damaged or foreign entry is a miss, and
 * the page is parsed again and its entry replaced; after each run the entries that run did not use are deleted.
 * {@link #inMemory()} ({@code serve}, which builds many times in one process) keeps the last run's entries in
 * memory, as encoded bytes. {@link #none()} keeps nothing. Thread-safe.
 */
public final class PageFactsCache {
    /** Bump when the entry bytes or the way keys are made change. */
    private static final String FORMAT = "shaffof-page-facts 1";

    /** The entries on disk, or null. */
    private final CacheEntries entries;
    private final boolean memory;
    /** The last run's entries, for a cache in memory. */
    private volatile Map<String, byte[]> kept = Map.of();

    private PageFactsCache(CacheEntries entries, boolean memory) {
        this.entries = entries;
        this.memory = memory;
    }

    /** Keeps nothing: every page is parsed on every run. */
    public static PageFactsCache none() {
        return new PageFactsCache(null, false);
    }

    /** Keeps the facts in {@code dir} (created when first written), one run after another, in separate processes. */
    public static PageFactsCache onDisk(Path dir) {
        return new PageFactsCache(new CacheEntries(Objects.requireNonNull(dir, "dir"), FORMAT, "facts"), false);
    }

    /** Keeps the last run's facts in memory, for a process that runs the gates many times. */
    public static PageFactsCache inMemory() {
        return new PageFactsCache(null, true);
    }

    boolean keepsAnything() {
        return entries != null || memory;
    }

    /**
     * Starts one run of the page gates over a site.
     *
     * @param gates the identity of the page gates: their names, in order, and the code that reads their facts
     */
    Run start(String gates) {
        return new Run(Objects.requireNonNull(gates, "gates"));
    }

    /** One run's use of the cache: which entries it used, so that {@link #finish} keeps only those. */
    final class Run {
        private final byte[] gates;
        private final Map<String, byte[]> used = new ConcurrentHashMap<>();

        private Run(String gates) {
            this.gates = gates.getBytes(StandardCharsets.UTF_8);
        }

        /** The key of the facts of {@code page} published at {@code address}; null when nothing is kept. */
        String key(String address, byte[] page) {
            if (!keepsAnything()) return null;
            MessageDigest d = CacheEntries.sha256();
            d.update(FORMAT.getBytes(StandardCharsets.US_ASCII));
            d.update((byte) 0);
            d.update(gates);
            d.update((byte) 0);
            d.update(address.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(page);
            return HexFormat.of().formatHex(d.digest());
        }

        /**
         * The entry stored under {@code key}, or null when there is none that can be trusted. The caller decodes it
         * and calls {@link #used} when it could; bytes that do not decode are a miss like any other.
         */
        byte[] find(String key) {
            if (key == null) return null;
            byte[] bytes = memory ? kept.get(key) : null;
            if (bytes == null && entries != null) bytes = entries.read(key);
            return bytes;
        }

        /** The entry found under {@code key} was decoded and used: it is kept for the next run. */
        void used(String key, byte[] bytes) {
            if (key != null) used.put(key, memory ? bytes : new byte[0]);
        }

        /** Keeps {@code bytes} under {@code key} (a failure to write only costs the next run a parse). */
        void keep(String key, byte[] bytes) {
            if (key == null) return;
            if (entries != null) entries.write(key, bytes);
            used(key, bytes);
        }

        /** The run is over: forget every entry it did not use. */
        void finish() {
            if (memory) kept = Map.copyOf(used);
            if (entries != null) entries.keepOnly(used.keySet());
        }
    }
}
