package uz.shaffof.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;
import uz.shaffof.cache.CacheEntries;
import uz.shaffof.cache.Fingerprint;
import uz.shaffof.output.OutputFile;
import uz.shaffof.render.TemplateEngine;

/**
 * Rendered pages, addressed by their content: a page's key is the SHA-256 of everything that decides its bytes,
 * and a page whose key was rendered before is taken from the cache instead of running its template again. The key
 * covers
 * <ul>
 *   <li>the generator: the template engine's code and settings ({@link TemplateEngine}'s class file), Freemarker's
 *       version, this cache's format, the Java version, and the default locale, time zone and file encoding (the
 *       output must not depend on those, and {@code RealSiteDeterminismIT} checks that it does not; they are in the key
 *       so that a cache can never hide such a dependency);</li>
 *   <li>every template file, the generator's built-in ones and the site's overrides, by path, origin and bytes
 *       ({@code *.ftlh}, and the assets, which a template could include), so any template edit, and a generator
 *       whose built-in templates changed, renders every page again;</li>
 *   <li>the template's name;</li>
 *   <li>the model, written canonically by {@link ModelKey}: the {@link PageContext} (links, interface strings,
 *       assets with their integrity values, navigation) and the page's body record, with the class file of every
 *       record in it.</li>
 * </ul>
 * A model with a value {@link ModelKey} cannot write exactly is rendered every time and never stored.
 *
 * <p>The cache lives in memory ({@link #inMemory}: {@code serve}, which builds many times in one process), on disk
 * ({@link #onDisk}: {@code build}, under {@code .shaffof-cache/pages/}), or both. Disk entries are
 * {@link CacheEntries}: written atomically, each carrying its key and the SHA-256 of its bytes, so a torn, foreign
 * or damaged file is never used: the page is rendered again and the entry replaced. After a build, disk entries
 * that build did not use are deleted, so the cache holds one site's pages, not every site ever built. The
 * directory is safe to delete at any time. Thread-safe: pages render in parallel.
 */
public final class PageCache {
    /** Bump when the entry format or the way keys are made changes. */
    private static final String FORMAT = "shaffof-page 1";
    private static final String GENERATOR = generatorFingerprint();
    /** What a cache on disk keeps of a page until its run finishes: only its key is needed (see {@link Run#kept}). */
    private static final CacheEntries.Found NOT_KEPT = new CacheEntries.Found(new byte[0], new byte[32]);

    /** The entries on disk, or null for a cache that keeps none there. */
    private final CacheEntries entries;
    private final boolean memory;
    private volatile Map<String, CacheEntries.Found> kept = Map.of();

    private PageCache(Path dir, boolean memory) {
        this.entries = dir == null ? null : new CacheEntries(dir, FORMAT, "page");
        this.memory = memory;
    }

    /** Renders every page, keeps nothing (the counts are still kept). */
    public static PageCache none() {
        return new PageCache(null, false);
    }

    /** A cache in {@code dir} (created when first written), for one build after another in separate processes. */
    public static PageCache onDisk(Path dir) {
        return new PageCache(dir, false);
    }

    /**
     * A cache that keeps the last build's pages in memory, for a process that builds many times, and also reads
     * and writes {@code dir} when it is not {@code null} (so the first build can reuse the pages of the last
     * {@code build}, and the next {@code build} those of the preview).
     */
    public static PageCache inMemory(Path dir) {
        return new PageCache(dir, true);
    }

    /** Starts one build whose template files have this {@link uz.shaffof.render.TemplateFiles#fingerprint}. */
    Run startWith(String templatesFingerprint) {
        return new Run(templatesFingerprint);
    }

    /** One build's use of the cache: which keys it used and which pages it rendered. */
    final class Run {
        private final String base;
        private final Map<String, CacheEntries.Found> used = new ConcurrentHashMap<>();
        private final Set<String> rendered = new ConcurrentSkipListSet<>();
        private final Set<String> pages = new ConcurrentSkipListSet<>();
        private final ModelKey.Memo memo = new ModelKey.Memo();

        private Run(String templatesFingerprint) {
            this.base = GENERATOR + "\n" + environment() + "\n" + templatesFingerprint + "\n";
        }

        /**
         * The page at {@code path}: from the cache when its key is there, else from {@code render} (and stored). A
         * page the cache keeps carries the SHA-256 of its bytes (checked when its entry was read, or computed when
         * it was stored), so nothing after this hashes its bytes again to key what is derived from them.
         */
        OutputFile page(String path, String template, PageContext page, Object body, Supplier<String> render) {
            pages.add(path);
            String key = key(template, page, body);
            if (key != null) {
                CacheEntries.Found hit = lookup(key);
                if (hit != null) {
                    used.put(key, kept(hit));
                    return OutputFile.withSha256(path, hit.bytes(), hit.sha256());
                }
            }
            byte[] fresh = render.get().getBytes(StandardCharsets.UTF_8);
            rendered.add(path);
            if (key == null) return new OutputFile(path, fresh);
            CacheEntries.Found stored = new CacheEntries.Found(fresh, ModelKey.sha256().digest(fresh));
            used.put(key, kept(stored));
            store(key, fresh);
            return OutputFile.withSha256(path, fresh, stored.sha256());
        }

        /**
         * What the run keeps of a page's bytes until it finishes: the bytes for a cache in memory, which the next
         * build reads; nothing for one on disk, which needs only the key (holding them would hold the whole site).
         */
        private CacheEntries.Found kept(CacheEntries.Found page) {
            return memory ? page : NOT_KEPT;
        }

        private String key(String template, PageContext page, Object body) {
            if (entries == null && !memory) return null; // nothing is kept: no key is needed
            MessageDigest d = ModelKey.sha256();
            d.update(base.getBytes(StandardCharsets.UTF_8));
            d.update(template.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            try {
                ModelKey.write(d, page, memo);
                ModelKey.write(d, body, memo);
            } catch (ModelKey.NotCanonical e) {
                return null;
            }
            return HexFormat.of().formatHex(d.digest());
        }

        /** The build is done: forget (and delete) every entry it did not use. */
        Stats finish() {
            if (memory) kept = Map.copyOf(used);
            if (entries != null) entries.keepOnly(used.keySet());
            return new Stats(pages.size(), List.copyOf(rendered));
        }
    }

    /** How many pages a build made, and which of them (output paths, sorted) it rendered rather than reused. */
    record Stats(int pages, List<String> rendered) {}

    private CacheEntries.Found lookup(String key) {
        CacheEntries.Found b = kept.get(key);
        if (b != null) return b;
        return entries == null ? null : entries.find(key);
    }

    private void store(String key, byte[] bytes) {
        if (entries != null) entries.write(key, bytes);
    }

    /** What the process runs in: read for each build, since a test (or an embedding program) may change it. */
    private static String environment() {
        return String.join("|", System.getProperty("java.version", ""), Locale.getDefault().toLanguageTag(),
                Locale.getDefault(Locale.Category.FORMAT).toLanguageTag(), TimeZone.getDefault().getID(),
                System.getProperty("file.encoding", ""), System.getProperty("line.separator", ""));
    }

    private static String generatorFingerprint() {
        Fingerprint f = new Fingerprint().text(FORMAT).text(freemarker.template.Configuration.getVersion().toString());
        for (Class<?> c : List.of(TemplateEngine.class, ModelKey.class, PageCache.class, PageCache.Run.class)) {
            f.classFile(c);
        }
        return f.hex();
    }
}

