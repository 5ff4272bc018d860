package uz.shaffof.site;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import uz.shaffof.chart.ChartCache;
import uz.shaffof.chart.LazyChartRenderer;
import uz.shaffof.output.OutputFile;
import uz.shaffof.render.RenderLimits;
import uz.shaffof.render.TemplateEngine;
import uz.shaffof.render.TemplateFiles;
import uz.shaffof.search.SearchDoc;

/**
 * What a process that builds many times ({@code serve}) keeps from one build to the next, beside the page cache:
 * <ul>
 *   <li>the chart engine, started on first use (starting it costs more than drawing a chart);</li>
 *   <li>the last build's rendered charts and link-preview PNGs, by their cache keys, so that a rebuild does not read
 *       and parse them from disk again;</li>
 *   <li>each asset's published path and SRI value with the bytes they were computed from (a file whose bytes did
 *       not change is not hashed again);</li>
 *   <li>the template engine, with the templates it has parsed, while the template directory is byte for byte the
 *       same (a template is parsed only once, not in every build that renders a page with it);</li>
 *   <li>the search document of each page pair with the bytes it was read from (a page whose bytes did not change is
 *       not parsed again), and, in a session made with a cache directory, on disk for the next process
 *       ({@link SearchDocCache});</li>
 *   <li>in a session made with a cache directory, the dataset downloads of the last build ({@link DataFileCache});</li>
 *   <li>a practice on the last build's pages ({@link PagePractice}), run once while the process is idle.</li>
 * </ul>
 * None changes what a build writes: a chart is drawn the same by any engine, a cached chart or PNG is found by the
 * same key as on disk, a template parsed from the same bytes renders the same, and an asset's values and a search
 * document depend only on the bytes compared. A one-off
 * build uses a fresh session and closes it. Thread-safe.
 */
public final class BuildSession implements AutoCloseable {
    private final LazyChartRenderer charts = new LazyChartRenderer();
    private final ChartCache.Memory chartMemory = new ChartCache.Memory();
    private final Assets.Digests assetDigests = new Assets.Digests();
    private final Map<String, SearchEntry> searchDocs = new ConcurrentHashMap<>();
    /** What search read from page pairs, kept between processes (or nothing: {@link SearchDocCache#none()}). */
    private final SearchDocCache searchCache;
    /** The dataset downloads of the last build, kept between processes (or nothing). */
    private final DataFileCache dataFiles;
    /** Counts the builds begun in this session, so that a practice can give way to one. */
    private final AtomicLong buildsBegun = new AtomicLong();
    /** The practice the last build left, until one is started. */
    private final AtomicReference<PagePractice> pagePractice = new AtomicReference<>();
    /** A page practice ran to its end: the code it runs is compiled, and nothing is left to practise. */
    private final AtomicBoolean pagesPractised = new AtomicBoolean();
    private final AtomicBoolean pagePracticeRunning = new AtomicBoolean();

    /** A page pair's bytes, what search read from them, and the key of that reading in {@link #searchCache}. */
    private record SearchEntry(byte[] latn, byte[] cyrl, SearchDocCache.Reading reading, String key) {}

    /** A template engine for a template directory, its name in messages, and the fingerprint of its files. */
    private record Templates(Path dir, String display, String fingerprint, RenderLimits limits, TemplateEngine engine) {}

    private final AtomicReference<Templates> templates = new AtomicReference<>();

    /** Whether what search read is kept in memory for a next build in this process ({@link #oneOff} keeps none). */
    private final boolean remembersSearchDocs;

    /** A session that keeps nothing on disk (tests, and builds that must not read a cache). */
    public BuildSession() {
        this(null);
    }

    /**
     * A session that also keeps, under {@code cacheDir} when it is not null, what a build derives from pages and
     * figures that did not change, for the next build in another process: what search read from each page pair
     * ({@link SearchDocCache}, in {@code search/}) and the dataset downloads ({@link DataFileCache}, in
     * {@code datasets/}).
     */
    public BuildSession(Path cacheDir) {
        this(cacheDir, true);
    }

    /**
     * A session for one build, keeping under {@code cacheDir} as {@link #BuildSession(Path)} does, but nothing in
     * memory for a next build: what search read from each page pair, with both pages' bytes, would otherwise be held
     * for every page to the end of the build.
     */
    public static BuildSession oneOff(Path cacheDir) {
        return new BuildSession(cacheDir, false);
    }

    private BuildSession(Path cacheDir, boolean remembersSearchDocs) {
        this.remembersSearchDocs = remembersSearchDocs;
        this.searchCache = cacheDir == null ? SearchDocCache.none() : SearchDocCache.onDisk(cacheDir.resolve("search"));
        this.dataFiles = cacheDir == null ? DataFileCache.none() : DataFileCache.onDisk(cacheDir.resolve("datasets"));
    }

    LazyChartRenderer charts() {
        return charts;
    }

    /**
     * For when this process is idle and a coming edit will rebuild: starts the chart engine on a background thread
     * if no build has started it ({@link LazyChartRenderer#startInBackground}), and practises rendering pages on
     * another ({@link PagePractice}) unless a practice ran to its end already. Both give way to the next build.
     */
    public void prepareForEdits() {
        charts.startInBackground();
        practisePages();
    }

    /** Tells the session a build begins: a practice under way stops before its next page. */
    public void buildBegins() {
        buildsBegun.incrementAndGet();
    }

    /** Keeps the practice a build made on its pages, for {@link #prepareForEdits}. */
    void offerPagePractice(PagePractice practice) {
        if (!pagesPractised.get()) pagePractice.set(practice);
    }

    /** True while a page practice started by {@link #prepareForEdits} runs (for tests). */
    boolean practisingPages() {
        return pagePracticeRunning.get();
    }

    /** True once a page practice ran to its end (for tests). */
    boolean pagesPractised() {
        return pagesPractised.get();
    }

    /** Starts the page practice the last build offered, unless one ran to its end already or runs now. */
    void practisePages() {
        if (pagesPractised.get() || pagePractice.get() == null || !pagePracticeRunning.compareAndSet(false, true)) {
            return;
        }
        PagePractice practice = pagePractice.getAndSet(null);
        long begun = buildsBegun.get();
        Thread thread = new Thread(() -> {
            try {
                if (practice != null && practice.run(() -> buildsBegun.get() != begun)) {
                    pagesPractised.set(true);
                }
            } catch (RuntimeException e) {
                // Only practice: whatever failed here, the next build meets on its own pages and reports.
            } finally {
                pagePracticeRunning.set(false);
            }
        }, "shaffof-page-practice");
        thread.setDaemon(true);
        thread.start();
    }

    /** The chart cache in {@code dir} for one build, backed by the charts this session keeps in memory. */
    ChartCache chartCache(Path dir) {
        return ChartCache.in(dir, chartMemory);
    }

    /**
     * The template engine of the last build when it was made for the same directory, whose files had the same
     * fingerprint as {@code files}, else a new one made from {@code files}: an edit to any file under the template
     * directory (an included one, an asset) starts afresh, and the engine renders the very bytes fingerprinted.
     */
    TemplateEngine templates(TemplateFiles files, String display, RenderLimits limits) {
        Templates last = templates.get();
        if (last != null && last.dir().equals(files.dir()) && last.display().equals(display)
                && last.fingerprint().equals(files.fingerprint()) && last.limits().equals(limits)) {
            return last.engine();
        }
        TemplateEngine engine = TemplateEngine.create(files, display, limits);
        templates.set(new Templates(files.dir(), display, files.fingerprint(), limits, engine));
        return engine;
    }

    Assets.Digests assetDigests() {
        return assetDigests;
    }

    DataFileCache dataFiles() {
        return dataFiles;
    }

    /** One build's use of the search documents kept on disk; {@link SearchDocCache.Run#finish} it when done. */
    SearchDocCache.Run startSearch() {
        return searchCache.start();
    }

    /**
     * The search document of a page pair: from what was read last time in this session when both pages' bytes are
     * the same (nothing is hashed), else from {@code run}'s cache, else read by {@code read} (and kept in both).
     */
    SearchDoc searchDoc(String route, String kind, OutputFile latn, OutputFile cyrl, SearchDocCache.Run run,
                        Supplier<SearchDocCache.Reading> read) {
        if (!remembersSearchDocs) {
            String key = run.key(latn, cyrl);
            return run.reading(key, read).doc(route, kind);
        }
        SearchEntry last = searchDocs.get(route);
        if (last != null && Arrays.equals(last.latn(), latn.bytes()) && Arrays.equals(last.cyrl(), cyrl.bytes())) {
            run.keep(last.key());
            return last.reading().doc(route, kind);
        }
        String key = run.key(latn, cyrl);
        SearchDocCache.Reading reading = run.reading(key, read);
        searchDocs.put(route, new SearchEntry(latn.bytes(), cyrl.bytes(), reading, key));
        return reading.doc(route, kind);
    }

    /**
     * Stops the chart engine and a page practice, and forgets the search documents (the rest is dropped with the
     * session).
     */
    @Override
    public void close() {
        buildsBegun.incrementAndGet(); // a practice under way stops as for a build
        charts.close();
        searchDocs.clear();
    }
}
