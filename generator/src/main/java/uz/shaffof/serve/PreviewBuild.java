package uz.shaffof.serve;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.build.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.figures.Figures;
import uz.shaffof.gate.Gate;
import uz.shaffof.gate.Gates;
import uz.shaffof.gate.HtmlValidityGate;
import uz.shaffof.gate.SiteSnapshot;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.site.SiteGenerator;
import uz.shaffof.translit.Glossary;
import uz.shaffof.translit.GlossaryException;
import uz.shaffof.translit.Transliterator;

/**
 * The stages of {@link uz.shaffof.build.Build#generate()} (load → figures → both editions → gates), for a process
 * that builds many times: the content loader (parsed JSON schemas) and the gates (Nu Html Checkers) are built once
 * and kept, and the HTML validity gate checks only the pages whose bytes changed since the last build
 * ({@link IncrementalHtmlValidity}; its verdict on a page depends on nothing else). The result is the same files,
 * warnings and problems as {@code Build.generate()} gives, which {@code PreviewBuildTest} checks on the real
 * project: keep the two in step when a stage is added to {@code Build}.
 *
 * <p>It tells {@link SiteBuilder.Stages#generated} when the files are ready and only the gates are left, so that
 * the preview can reload before the gates finish. Nothing is written to {@code options.out()}; the chart cache
 * ({@code options.cache()}) is used as by any build.
 */
public final class PreviewBuild implements SiteBuilder {
    /** The stage names, in order, as {@link Stages} hears them. */
    public static final List<String> STAGES = List.of("load", "figures", "pages", "gates");

    private final BuildOptions options;
    private final ContentLoader loader = ContentLoader.create();
    private final IncrementalHtmlValidity htmlValidity = new IncrementalHtmlValidity(new HtmlValidityGate());
    private final Gates gates;

    public PreviewBuild(BuildOptions options) {
        this.options = options;
        List<Gate> all = new ArrayList<>();
        for (Gate g : Gates.standard().gates()) all.add(g instanceof HtmlValidityGate ? htmlValidity : g);
        this.gates = new Gates(all);
    }

    public BuildOptions options() {
        return options;
    }

    /** How many pages the HTML validity gate checked in the last build (the others were unchanged). */
    public int pagesValidatedLastTime() {
        return htmlValidity.lastChecked();
    }

    @Override
    public BuildResult build(Stages stages) {
        long start = System.nanoTime();
        Problems warnings = new Problems();
        stages.start(STAGES.get(0), 0, STAGES.size());
        Content content = load();
        Transliterator transliterator = transliterator(content);
        stages.start(STAGES.get(1), 1, STAGES.size());
        Figures figures = Figures.compute(content);
        addAll(warnings, figures.problems(), "figures");

        stages.start(STAGES.get(2), 2, STAGES.size());
        SiteGenerator.Output site = SiteGenerator.create(options, content, figures, transliterator, warnings).generate();

        stages.generated(site.files());
        stages.start(STAGES.get(3), 3, STAGES.size());
        List<Problem> gateProblems = gates.run(new SiteSnapshot(site.files(), baseUrl(content)));
        if (!gateProblems.isEmpty()) throw new BuildFailure("gates", gateProblems);

        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(site.files(), site.pagesPerEdition(), warnings.sorted(), millis);
    }

    // The rest mirrors Build (private there): same checks, same messages.

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

    private static Transliterator transliterator(Content content) {
        if (content.glossaryTsv() == null) return Transliterator.standard();
        try {
            Glossary glossary = Glossary.parse(content.glossaryTsv(), content.glossaryPath());
            return Transliterator.builder().glossary(glossary).build();
        } catch (GlossaryException e) {
            throw BuildFailure.of("load", Problem.error(SourcePos.of(e.path(), Math.max(1, e.line()),
                    Math.max(1, e.column())), e.getMessage()));
        }
    }

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
