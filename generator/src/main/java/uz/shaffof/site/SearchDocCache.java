package uz.shaffof.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import uz.shaffof.cache.CacheEntries;
import uz.shaffof.cache.EntryBytes;
import uz.shaffof.cache.Fingerprint;
import uz.shaffof.output.OutputFile;
import uz.shaffof.search.SearchDoc;

/**
 * What search reads from each page pair (each edition's title, description and snippet text, and the words of the
 * Latin page's main text), kept between builds and addressed by content: the key is the SHA-256 of both pages'
 * bytes (by their SHA-256, which a page from the page cache carries: its bytes are not read or hashed again) and of
 * the code that reads them ({@link SearchSection}'s class file and jsoup's version and parser), so a
 * pair of pages whose bytes were read before is not parsed again. What is read depends on nothing else: the route
 * and kind of a page come from its plan and are not part of an entry.
 *
 * <p>On disk ({@link #onDisk}: {@code build}, under {@code .shaffof-cache/search/}) the entries are
 * {@link CacheEntries}, the store the page cache uses: a torn, damaged or foreign entry (another format, another
 * key, bytes that do not decode to exactly one document) is a miss, and the pages are read again. After each build
 * the entries that build did not use are deleted. {@link #none()} keeps nothing. Thread-safe.
 */
public final class SearchDocCache {
    /** Bump when the entry bytes or the way keys are made change. */
    private static final String FORMAT = "shaffof-search 2";
    private static final String READER = readerFingerprint();

    /** The entries, or null when nothing is kept. */
    private final CacheEntries entries;

    private SearchDocCache(CacheEntries entries) {
        this.entries = entries;
    }

    /** Keeps nothing: every page pair is read on every build. */
    public static SearchDocCache none() {
        return new SearchDocCache(null);
    }

    /** Keeps documents in {@code dir} (created when first written), one build after another, in separate processes. */
    public static SearchDocCache onDisk(Path dir) {
        return new SearchDocCache(new CacheEntries(Objects.requireNonNull(dir, "dir"), FORMAT, "search"));
    }

    /** What search read from a page pair: both editions' faces and the words of the main text. */
    record Reading(SearchDoc.Face latn, SearchDoc.Face cyrl, String text) {
        SearchDoc doc(String route, String kind) {
            return new SearchDoc(route, kind, latn, cyrl, text);
        }
    }

    /** Starts one build's use of the cache. */
    Run start() {
        return new Run();
    }

    /** One build's use of the cache: which entries it used, so that {@link #finish} keeps only those. */
    final class Run {
        private final Set<String> used = ConcurrentHashMap.newKeySet();

        /**
         * The key of a page pair, from the SHA-256 of each page's bytes ({@link OutputFile#sha256}): null when nothing
         * is kept (no page is hashed for nothing).
         */
        String key(OutputFile latn, OutputFile cyrl) {
            if (entries == null) return null;
            MessageDigest d = CacheEntries.sha256();
            d.update(READER.getBytes(StandardCharsets.US_ASCII));
            d.update(latn.sha256());
            d.update(cyrl.sha256());
            return HexFormat.of().formatHex(d.digest());
        }

        /** The reading stored under {@code key}, else {@code read}'s, stored under it. */
        Reading reading(String key, Supplier<Reading> read) {
            if (key == null) return read.get();
            byte[] bytes = entries.read(key);
            Reading found = bytes == null ? null : decode(bytes);
            if (found != null) {
                used.add(key);
                return found;
            }
            Reading fresh = read.get();
            entries.write(key, encode(fresh));
            used.add(key);
            return fresh;
        }

        /** A reading kept in memory under {@code key} is still this build's: its entry is kept. */
        void keep(String key) {
            if (key != null) used.add(key);
        }

        /** The build has read every page: delete every entry it did not use. */
        void finish() {
            if (entries != null) entries.keepOnly(used);
        }
    }

    static byte[] encode(Reading r) {
        EntryBytes.Writer out = new EntryBytes.Writer();
        for (SearchDoc.Face f : List.of(r.latn(), r.cyrl())) {
            out.string(f.title()).string(f.description()).string(f.excerpt());
        }
        return out.string(r.text()).toByteArray();
    }

    /** The reading {@link #encode} wrote, or null when {@code bytes} are not exactly one. */
    static Reading decode(byte[] bytes) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(bytes);
            SearchDoc.Face latn = new SearchDoc.Face(in.string(), in.string(), in.string());
            SearchDoc.Face cyrl = new SearchDoc.Face(in.string(), in.string(), in.string());
            Reading r = new Reading(latn, cyrl, in.string());
            return in.atEnd() ? r : null;
        } catch (EntryBytes.Malformed e) {
            return null;
        }
    }

    /** The code that reads a page: this cache's format, {@link SearchSection}, and jsoup's version and parser. */
    private static String readerFingerprint() {
        Fingerprint f = new Fingerprint().text(FORMAT).classFile(SearchSection.class).classFile(SearchDocCache.class)
                .resource(org.jsoup.Jsoup.class, "/META-INF/maven/org.jsoup/jsoup/pom.properties");
        for (Class<?> c : List.of(org.jsoup.parser.HtmlTreeBuilder.class, org.jsoup.parser.Parser.class,
                org.jsoup.nodes.Element.class, org.jsoup.select.QueryParser.class)) {
            f.classFile(c);
        }
        return f.hex();
    }
}
