package uz.shaffof.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.figures.Figures;
import uz.shaffof.gate.Gates;
import uz.shaffof.gate.PageFactsCache;
import uz.shaffof.gate.SiteSnapshot;
import uz.shaffof.gate.VerdictCache;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.FileSink;
import uz.shaffof.output.OutputFailed;
import uz.shaffof.output.OutputLock;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.output.RealPaths;
import uz.shaffof.output.ScratchDirectory;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.pipeline.BuildStages;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.site.BuildSession;
import uz.shaffof.site.PageCache;
import uz.shaffof.site.SiteGenerator;
import uz.shaffof.translit.Glossary;
import uz.shaffof.translit.GlossaryException;
import uz.shaffof.translit.Transliterator;

/**
 * The stages of a build, in order ({@link BuildStages}): load and validate {@code content/} → compute derived
 * figures → generate both editions in memory (templates and assets, charts, pages, search, sitemap and feeds,
 * datasets) → draw the link previews → run the gates over the whole site → publish atomically. Nothing touches the output
 * directory before the last stage, so a build that fails anywhere leaves the published site as it was.
 *
 * <pre><code>BuildResult result = Build.create(BuildOptions.forProject(Path.of("."))).run();</code></pre>
 *
 * <p>A {@code Build} keeps its parts between builds: the content loader (with its parsed JSON schemas), the gates
 * (with their HTML checkers, their {@link VerdictCache} and their {@link PageFactsCache}) and the {@link PageCache}.
 * So a process that builds many times ({@code serve}) makes one and calls {@link #generate(BuildListener)} for each
 * change; {@link #create(BuildOptions, Gates, PageCache)} lets it choose the gates and keep pages in memory. This is
 * the one place that knows the order of the stages.
 */
public final class Build implements AutoCloseable {
    /** The stages of {@link #generate}, in order, as a {@link BuildListener} hears them ({@link #run} adds "publish"). */
    public static final List<String> STAGES = BuildStages.NAMES.subList(0, BuildStages.NAMES.indexOf(BuildStages.PUBLISH));

    private final BuildOptions options;
    private final ContentLoader loader;
    private final Gates gates;
    private final PageCache pages;
    /** What is kept between builds (chart engine, search documents), or null: each build makes and closes its own. */
    private final BuildSession session;
    /**
     * Where a one-off build's session keeps what it derives from unchanged pages and figures for the next process
     * ({@link BuildSession#BuildSession(Path)}), or null for nothing.
     */
    private final Path derivedCache;

    private Build(BuildOptions options, ContentLoader loader, Gates gates, PageCache pages, BuildSession session,
                  Path derivedCache) {
        this.options = Objects.requireNonNull(options, "options");
        this.loader = loader;
        this.gates = Objects.requireNonNull(gates, "gates");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.session = session;
        this.derivedCache = derivedCache;
    }

    /**
     * A build with the standard gates, their verdicts kept on disk under {@code options.cache()/verdicts} and the
     * page gates' facts of each page under {@code options.cache()/facts}, the page cache on disk under
     * {@code options.cache()/pages}, and what it derives from unchanged pages and figures (search documents) under
     * {@code options.cache()}.
     */
    public static Build create(BuildOptions options) {
        return create(options, Gates.standard(VerdictCache.onDisk(verdictCacheDir(options)),
                PageFactsCache.onDisk(pageFactsCacheDir(options))),
                PageCache.onDisk(pageCacheDir(options)), options.cache());
    }

    /**
     * A build with these gates and page cache that keeps what it derives from unchanged pages and figures under
     * {@code derivedCache} (null: nowhere, everything is derived again).
     */
    public static Build create(BuildOptions options, Gates gates, PageCache pages, Path derivedCache) {
        return new Build(options, ContentLoader.create(), gates, pages, null, derivedCache);
    }

    /** A build with the standard gates and the given page cache (tests use a cache of their own). */
    public static Build create(BuildOptions options, PageCache pages) {
        return create(options, Gates.standard(), pages);
    }

    /** A build with these gates and page cache that keeps nothing else between builds. */
    public static Build create(BuildOptions options, Gates gates, PageCache pages) {
        return create(options, gates, pages, null);
    }

    /**
     * A build for a process that builds many times ({@code serve}): as {@link #create(BuildOptions, Gates, PageCache)},
     * and it keeps a {@link BuildSession}: the chart engine, once started, stays up between builds (a rebuild that
     * redraws a chart does not pay for starting a JavaScript engine and loading ECharts again), and unchanged pages
     * are not parsed again for search (what search read is also kept under {@code options.cache()} for the next
     * process); and its content loader reads again only the files whose bytes changed
     * ({@link ContentLoader#remembering()}). {@link #close()} ends the session.
     */
    public static Build forRepeatedBuilds(BuildOptions options, Gates gates, PageCache pages) {
        return new Build(options, ContentLoader.remembering(), gates, pages, new BuildSession(options.cache()),
                options.cache());
    }

    /**
     * For a {@link #forRepeatedBuilds} build that is idle between builds: starts the chart engine in the background
     * if no build has needed it yet (its charts all came from the cache), so that the first edit that redraws a
     * chart does not wait seconds for it, and practises rendering pages, so that the first edit does not wait for the
     * JVM to compile the template engine ({@link BuildSession#prepareForEdits}). Nothing for a one-off build.
     */
    public void prepareForEdits() {
        if (session != null) session.prepareForEdits();
    }

    /** Ends the session a {@link #forRepeatedBuilds} build keeps; nothing for a one-off build. */
    @Override
    public void close() {
        if (session != null) session.close();
    }

    /** Where the rendered pages are kept between builds: {@code pages/} in the cache directory. */
    public static Path pageCacheDir(BuildOptions options) {
        return options.cache().resolve("pages");
    }

    /** Where the gates keep their verdicts on pages between builds: {@code verdicts/} in the cache directory. */
    public static Path verdictCacheDir(BuildOptions options) {
        return options.cache().resolve("verdicts");
    }

    /** Where the page gates keep what they read of each page between builds: {@code facts/} in the cache directory. */
    public static Path pageFactsCacheDir(BuildOptions options) {
        return options.cache().resolve("facts");
    }

    public BuildOptions options() {
        return options;
    }

    /** Generates the site and publishes it to the output directory. */
    public BuildResult run() {
        return run(BuildListener.NONE);
    }

    /** Generates the site and publishes it, telling {@code listener} of each stage. */
    public BuildResult run(BuildListener listener) {
        return run(listener, OutputLock.Wait.DEFAULT);
    }

    /**
     * Generates the site and publishes it, telling {@code listener} of each stage. Before anything is written, the
     * paths are checked ({@link ProjectPaths}); then the output's lock is taken, waiting for another build of the same
     * output as {@code wait} says, and held to the end; then a site left aside by a build that died mid-swap is put
     * back, before this build can fail on its content; then the output is checked to be a site of ours.
     *
     * @throws BuildFailure  on a problem in the content or templates (exit 1)
     * @throws OutputRefused when an output or cache path would put the user's files at risk (exit 2)
     * @throws OutputFailed  when the file system refuses (disk full, read-only) or another build holds the output
     *                       for longer than {@code wait} (exit 3); the published site is as it was
     */
    public BuildResult run(BuildListener listener, OutputLock.Wait wait) {
        BuildStages stages = new BuildStages(listener);
        BuildResult result = generateAndPublish(options, wait, staging -> {
            BuildResult generated = generate(stages, staging);
            stages.start(BuildStages.PUBLISH);
            return generated;
        });
        stages.end();
        return result;
    }

    /**
     * The checks a build makes before it writes anything: the paths ({@link ProjectPaths}) and the output itself
     * (nothing, an empty directory or a site of ours). Returns the output directory where it really is.
     *
     * @throws OutputRefused naming the path and what to do instead
     */
    public static Path requireSafeOutput(BuildOptions options) {
        ProjectPaths.requireSafe(options, ProjectPaths.Writes.OUTPUT_AND_CACHE);
        Path out = RealPaths.resolve(options.out());
        new AtomicPublisher(out).requireReplaceable(); // before the lock file is made: a refusal writes nothing
        return out;
    }

    /**
     * The output side of {@link #run(BuildListener, OutputLock.Wait)}, around {@code generate}: the checks, the
     * lock, the recovery, a staging directory beside the output that {@code generate} writes each file into as it
     * makes it (so that the build holds no page's bytes), and the publish of what it made, whose warnings the result
     * gets. The output itself is not touched before every gate has passed: a build that fails deletes its staging
     * directory and leaves the published site as it was. Package-private so that tests can drive every path through
     * it with a small site.
     */
    static BuildResult generateAndPublish(BuildOptions options, OutputLock.Wait wait,
                                          Function<FileSink, BuildResult> generate) {
        Path out = requireSafeOutput(options);
        try (OutputLock lock = OutputLock.acquire(out, wait)) {
            AtomicPublisher publisher = new AtomicPublisher(out, lock);
            publisher.recover();
            publisher.requireReplaceable(); // again: what recovery put back, or what appeared while this build waited
            try (AtomicPublisher.Staging staging = publisher.startStaging()) {
                BuildResult result = generate.apply(staging);
                AtomicPublisher.Published published = staging.publish(result.files());
                // The staged files are the published ones now: read back from where they are published.
                List<OutputFile> files = result.files().stream().map(f -> f.storedAt() == null ? f
                        : OutputFile.stored(f.path(), out)).toList();
                return new BuildResult(files, result.pagesPerEdition(), result.warnings(), result.millis(),
                        result.renderedPages()).withWarnings(published.notDeleted().stream().map(left -> Problem.warning(
                        SourcePos.file(options.display(left.path())), "the new site is published, but this directory "
                                + "could not be deleted (" + left.reason() + "); the next build deletes it, or delete "
                                + "it by hand")).toList());
            }
        }
    }

    /** Everything but publishing: content, figures, pages, gates. Throws {@link BuildFailure} on any error. */
    public BuildResult generate() {
        return generate(BuildListener.NONE);
    }

    /** Everything but publishing, telling {@code listener} of each stage, of the counts within it, and when the
     * files are ready (before the link previews and gates; some may still be deferred, see {@link GeneratedFiles}).
     * Throws {@link BuildFailure} on any error. */
    public BuildResult generate(BuildListener listener) {
        BuildStages stages = new BuildStages(listener);
        BuildResult result = generate(stages, FileSink.MEMORY);
        stages.end();
        return result;
    }

    /**
     * Everything but publishing, for a command that publishes nothing ({@code check}): as
     * {@link #generate(BuildListener)}, but each file is written as soon as it is made into a scratch directory under
     * the cache directory ({@link ScratchDirectory}), so that the build holds the site's paths, not its text, as
     * {@link #run} does; the directory is deleted before this returns, whether the build passed or failed. Where it
     * cannot be made (the cache directory is not writable), the files are held in memory. The result's files are
     * counted, not read: their bytes are gone with the directory.
     *
     * @throws BuildFailure on any error
     */
    public BuildResult check(BuildListener listener) {
        ScratchDirectory scratch;
        try {
            scratch = ScratchDirectory.under(options.cache());
        } catch (IOException | RuntimeException e) {
            return generate(listener);
        }
        try (scratch) {
            BuildStages stages = new BuildStages(listener);
            BuildResult result = generate(stages, scratch);
            stages.end();
            return result;
        }
    }

    /** Everything but publishing, each file handed to {@code sink} as soon as it is made. */
    private BuildResult generate(BuildStages stages, FileSink sink) {
        long start = System.nanoTime();
        if (session != null) session.buildBegins();
        Problems warnings = new Problems();
        stages.start(BuildStages.LOAD);
        Content content = load();
        if (options.publicBaseUrlRequired() && options.baseUrl() == null) {
            PublicBaseUrl.check(content.site().baseUrl(), content.site().baseUrlPos())
                    .ifPresent(p -> { throw BuildFailure.of("load", p); });
        }
        Transliterator transliterator = transliterator(content);
        stages.start(BuildStages.FIGURES);
        Figures figures = Figures.compute(content);
        addAll(warnings, figures.problems(), "figures");

        // The generator starts the stages from "templates and assets" to "datasets" itself.
        SiteGenerator generator = SiteGenerator.create(options, content, figures, transliterator, warnings);
        SiteGenerator.Output site;
        if (session != null) {
            site = generator.generate(pages, stages, session, sink);
        } else {
            try (BuildSession oneOff = BuildSession.oneOff(derivedCache)) {
                site = generator.generate(pages, stages, oneOff, sink);
            }
        }
        stages.listener().generated(site.files());

        // The deferred files (link-preview PNGs of newly drawn charts) are made here, once a listener has had the
        // rest (the preview reloads without waiting for them): the gates check, and a build publishes, every byte.
        stages.start(BuildStages.LINK_PREVIEWS);
        List<OutputFile> files = site.files().complete();

        stages.start(BuildStages.GATES);
        List<Problem> gateProblems = gates.run(new SiteSnapshot(files, baseUrl(content)), stages.listener());
        if (!gateProblems.isEmpty()) {
            throw new BuildFailure("gates", GateLocations.trace(gateProblems, site.sources(),
                    options.display(options.out())));
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(files, site.pagesPerEdition(), warnings.sorted(), millis, site.renderedPages());
    }

    /** A build nobody wants any more stops between stages (and its renders stop within a page: see PageRenderer). */
    private Content load() {
        if (!Files.isDirectory(options.content())) {
            throw BuildFailure.of("load", Problem.error(SourcePos.file(options.display(options.content())),
                    "content directory not found (run from the project root, or pass --content DIR)"));
        }
        LoadResult loaded = loader.load(options.root(), options.content());
        if (loaded.content() == null || loaded.problems().stream().anyMatch(Problem::isError)) {
            throw new BuildFailure("load", loaded.problems());
        }
        return loaded.content();
    }

    private Transliterator transliterator(Content content) {
        if (content.glossaryTsv() == null) return Transliterator.standard();
        try {
            Glossary glossary = Glossary.parse(content.glossaryTsv(), content.glossaryPath());
            return Transliterator.builder().glossary(glossary).build();
        } catch (GlossaryException e) {
            throw BuildFailure.of("load", Problem.error(SourcePos.of(e.path(), Math.max(1, e.line()),
                    Math.max(1, e.column())), e.getMessage()));
        }
    }

    /** The public base URL: {@code --base-url} when given, else {@code site.json}'s, without a trailing slash. */
    private String baseUrl(Content content) {
        String url = options.baseUrl() != null ? options.baseUrl() : content.site().baseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void addAll(Problems sink, List<Problem> problems, String stage) {
        List<Problem> errors = new ArrayList<>();
        for (Problem p : problems) {
            if (p.isError()) errors.add(p);
            else sink.add(p);
        }
        if (!errors.isEmpty()) throw new BuildFailure(stage, errors);
    }
}
