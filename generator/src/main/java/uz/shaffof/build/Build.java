package uz.shaffof.build;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.figures.Figures;
import uz.shaffof.gate.Gates;
import uz.shaffof.gate.SiteSnapshot;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
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
 */
public final class Build {
    private final BuildOptions options;
    private final ContentLoader loader;

    private Build(BuildOptions options, ContentLoader loader) {
        this.options = options;
        this.loader = loader;
    }

    public static Build create(BuildOptions options) {
        return new Build(options, ContentLoader.create());
    }

    /** Generates the site and publishes it to the output directory. */
    public BuildResult run() {
        BuildResult result = generate();
        new AtomicPublisher(options.out()).publish(result.files());
        return result;
    }

    /** Everything but publishing: content, figures, pages, gates. Throws {@link BuildFailure} on any error. */
    public BuildResult generate() {
        long start = System.nanoTime();
        Problems warnings = new Problems();
        Content content = load();
        Transliterator transliterator = transliterator(content);
        Figures figures = Figures.compute(content);
        addAll(warnings, figures.problems(), "figures");

        SiteGenerator.Output site = SiteGenerator.create(options, content, figures, transliterator, warnings).generate();

        List<Problem> gateProblems = Gates.standard().run(new SiteSnapshot(site.files(), baseUrl(content)));
        if (!gateProblems.isEmpty()) throw new BuildFailure("gates", gateProblems);

        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(site.files(), site.pagesPerEdition(), warnings.sorted(), millis);
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
