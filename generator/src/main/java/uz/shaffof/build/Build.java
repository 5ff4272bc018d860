package uz.shaffof.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.figures.Figures;
import uz.shaffof.gate.Gates;
import uz.shaffof.gate.SiteSnapshot;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.output.OutputFile;
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
 * The stages of a build, in order: load and validate {@code content/} → compute derived figures → generate
 * both editions in memory → run the gates over the whole site → publish atomically. Nothing touches the output
 * directory before the last stage, so a build that fails anywhere leaves the published site as it was.
 *
 * <pre><code>BuildResult result = Build.create(BuildOptions.forProject(Path.of("."))).run();</code></pre>
 *
 * <p>A {@code Build} keeps its parts between builds: the content loader (with its parsed JSON schemas), the gates
 * (with their HTML checkers) and the {@link PageCache}. So a process that builds many times ({@code serve}) makes
 * one and calls {@link #generate(BuildListener)} for each change; {@link #create(BuildOptions, Gates, PageCache)}
 * lets it choose the gates and keep pages in memory. This is the one place that knows the order of the stages.
 */
public final class Build implements AutoCloseable {
    /** The stages of {@link #generate}, in order, as a {@link BuildListener} hears them ({@link #run} adds "publish"). */
    public static final List<String> STAGES = List.of("load", "figures", "pages", "gates");
    private static final String PUBLISH = "publish";

    private final BuildOptions options;
    private final ContentLoader loader;
    private final Gates gates;
    private final PageCache pages;
    /** What is kept between builds (chart engine, search documents), or null: each build makes and closes its own. */
    private final BuildSession session;

    private Build(BuildOptions options, ContentLoader loader, Gates gates, PageCache pages, BuildSession session) {
        this.options = Objects.requireNonNull(options, "options");
        this.loader = loader;
        this.gates = Objects.requireNonNull(gates, "gates");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.session = session;
    }

    /** A build with the standard gates and the page cache on disk under {@code options.cache()/pages}. */
    public static Build create(BuildOptions options) {
        return create(options, Gates.standard(), PageCache.onDisk(pageCacheDir(options)));
    }

    /** A build with the standard gates and the given page cache (tests use a cache of their own). */
    public static Build create(BuildOptions options, PageCache pages) {
        return create(options, Gates.standard(), pages);
    }

    public static Build create(BuildOptions options, Gates gates, PageCache pages) {
        return new Build(options, ContentLoader.create(), gates, pages, null);
    }

    /**
     * A build for a process that builds many times ({@code serve}): as {@link #create(BuildOptions, Gates, PageCache)},
     * and it keeps a {@link BuildSession}: the chart engine, once started, stays up between builds (a rebuild that
     * redraws a chart does not pay for starting a JavaScript engine and loading ECharts again), and unchanged pages
     * are not parsed again for search; and its content loader reads again only the files whose bytes changed
     * ({@link ContentLoader#remembering()}). {@link #close()} ends the session.
     */
    public static Build forRepeatedBuilds(BuildOptions options, Gates gates, PageCache pages) {
        return new Build(options, ContentLoader.remembering(), gates, pages, new BuildSession());
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

    public BuildOptions options() {
        return options;
    }

    /** Generates the site and publishes it to the output directory. */
    public BuildResult run() {
        return run(BuildListener.NONE);
    }

    /** Generates the site and publishes it, telling {@code listener} of each stage. */
    public BuildResult run(BuildListener listener) {
        BuildResult result = generate(listener);
        listener.stage(PUBLISH, STAGES.size(), STAGES.size() + 1);
        new AtomicPublisher(options.out()).publish(result.files());
        return result;
    }

    /** Everything but publishing: content, figures, pages, gates. Throws {@link BuildFailure} on any error. */
    public BuildResult generate() {
        return generate(BuildListener.NONE);
    }

    /** Everything but publishing, telling {@code listener} of each stage, of the counts within it, and when the
     * files are ready (before the gates; some may still be deferred, see {@link GeneratedFiles}). Throws
     * {@link BuildFailure} on any error. */
    public BuildResult generate(BuildListener listener) {
        long start = System.nanoTime();
        if (session != null) session.buildBegins();
        int count = STAGES.size();
        Problems warnings = new Problems();
        listener.stage(STAGES.get(0), 0, count);
        Content content = load();
        if (options.publicBaseUrlRequired() && options.baseUrl() == null) {
            PublicBaseUrl.check(content.site().baseUrl(), content.site().baseUrlPos())
                    .ifPresent(p -> { throw BuildFailure.of("load", p); });
        }
        Transliterator transliterator = transliterator(content);
        listener.stage(STAGES.get(1), 1, count);
        Figures figures = Figures.compute(content);
        addAll(warnings, figures.problems(), "figures");

        listener.stage(STAGES.get(2), 2, count);
        SiteGenerator generator = SiteGenerator.create(options, content, figures, transliterator, warnings);
        SiteGenerator.Output site = session == null ? generator.generate(pages, listener)
                : generator.generate(pages, listener, session);
        listener.generated(site.files());

        listener.stage(STAGES.get(3), 3, count);
        // The deferred files (link-preview PNGs of newly drawn charts) are made here, once a listener has had the
        // rest (the preview reloads without waiting for them): the gates check, and a build publishes, every byte.
        List<OutputFile> files = site.files().complete();
        List<Problem> gateProblems = gates.run(new SiteSnapshot(files, baseUrl(content)));
        if (!gateProblems.isEmpty()) throw new BuildFailure("gates", gateProblems);

        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(files, site.pagesPerEdition(), warnings.sorted(), millis, site.renderedPages());
    }

    private Content load() {
        if (!Files.isDirectory(options.content())) {
            throw BuildFailure.of("load", Problem.error(SourcePos.file(options.display(options.content())),
                    "content directory not found (run from the project root, or pass --content DIR)"));
        }
        if (!Files.isDirectory(options.templates())) {
            throw BuildFailure.of("load", Problem.error(SourcePos.file(options.display(options.templates())),
                    "template directory not found (run from the project root, or pass --templates DIR)"));
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
