package uz.shaffof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import uz.shaffof.content.Content;
import uz.shaffof.figures.Figures;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.render.TemplateEngine;
import uz.shaffof.search.SearchPage;
import uz.shaffof.search.SearchIndex;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * The national-scale structured case: a synthetic {@link Content} (14 regions, 200 districts, 12 indicators over
 * 10 years, 2 000 projects) generated in memory, its figures computed by {@link Figures}, charts drawn by ECharts,
 * and every page published in both editions through templates, the jsoup pass, the link check and the atomic
 * publisher. Chart time is reported on its own line.
 */
final class StructuredBench implements BenchCommand.Case {
    static final int PROJECTS = 2000;

    private final int projects;
    private final StageClock clock = new StageClock();

    private final WarmStart warm;

    StructuredBench(WarmStart warm) {
        this(PROJECTS, warm);
    }

    StructuredBench(int projects) {
        this(projects, WarmStart.begin());
    }

    StructuredBench(int projects, WarmStart warm) {
        this.projects = projects;
        this.warm = warm;
    }

    @Override
    public BenchResult run(Path out) {
        long start = System.nanoTime();
        TemplateEngine engine = clock.sequential(Stage.SETUP, warm::templates);
        return build(engine, out, start);
    }

    private record Model(Content content, Figures figures) {}

    private BenchResult build(TemplateEngine engine, Path out, long start) {
        List<BenchEdition> editions = BenchEdition.of(true);
        Transliterator translit = clock.sequential(Stage.SETUP, Transliterator::standard);
        Model model = clock.sequential(Stage.MODEL, () -> {
            Content content = NationalContent.generate(projects);
            return new Model(content, Figures.compute(content));
        });
        List<Problem> errors = model.figures().problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) throw new BuildFailure("figures", errors);
        Words words = new Words(translit, model.content().units(), clock);
        NationalCharts charts = clock.phase(Stage.CHARTS,
                () -> NationalCharts.draw(model.figures(), model.content().regions(), editions, words, clock));
        NationalPages plan = new NationalPages(model.content(), model.figures(), charts, words, editions);
        PagePostProcessor post = new PagePostProcessor(LinkCheck.BASE_URL);
        List<NationalPages.Plan> plans = plan.plans();
        List<Rendered> rendered = clock.phase(Stage.TEMPLATES,
                () -> plans.parallelStream().map(p -> render(p, editions, engine, post)).toList());
        List<OutputFile> files = new ArrayList<>();
        List<SearchPage> docs = new ArrayList<>();
        for (Rendered r : rendered) {
            files.addAll(r.files());
            docs.add(r.doc());
        }
        int html = files.size();
        Tail tail = clock.phase(Stage.LINK_CHECK, () -> {
            ForkJoinTask<List<OutputFile>> index = ForkJoinTask.adapt(
                    () -> clock.time(Stage.SEARCH_INDEX, () -> index(docs))).fork();
            List<Problem> found = LinkCheck.run(files, post.links(), clock);
            return new Tail(index.join(), found);
        });
        files.addAll(tail.searchFiles());
        if (tail.problems().isEmpty()) clock.sequential(Stage.WRITE, () -> publish(out, files));
        long wall = System.nanoTime() - start;
        List<String> notes = List.of(charts.size() + " charts (" + charts.size() / editions.size()
                + " per edition), " + plans.size() + " pages per edition, " + model.content().regions().stream()
                .mapToInt(r -> r.districts().size()).sum() + " districts, " + projects + " projects");
        return new BenchResult("structured (national scale, both editions)", html, files.size() - html, wall,
                clock.wallNanos(), clock.threadNanos(), notes, tail.problems());
    }

    private record Rendered(List<OutputFile> files, SearchPage doc) {}

    private record Tail(List<OutputFile> searchFiles, List<Problem> problems) {}

    private Rendered render(NationalPages.Plan plan, List<BenchEdition> editions, TemplateEngine engine,
                            PagePostProcessor post) {
        List<OutputFile> files = new ArrayList<>(editions.size());
        String[] titles = new String[2];
        List<String> text = null;
        for (BenchEdition ed : editions) {
            Views.TablePageView view = clock.time(Stage.TEMPLATES, () -> plan.view().apply(ed));
            String html = clock.time(Stage.TEMPLATES, () -> engine.render("table.ftlh", view));
            boolean latin = ed.script() == Script.LATIN;
            String path = ed.root() + "/" + plan.route();
            PagePostProcessor.Result r = clock.time(Stage.POST_PROCESS, () -> post.process(path, html, latin, clock));
            files.add(new OutputFile(path, r.bytes()));
            titles[latin ? 0 : 1] = view.title();
            if (latin) text = r.searchText();
        }
        return new Rendered(files, new SearchPage(plan.route(), titles[0], titles[1], text));
    }

    private static List<OutputFile> index(List<SearchPage> pages) {
        SearchIndex.Builder index = new SearchIndex.Builder(pages.size());
        for (int id = 0; id < pages.size(); id++) index.add(id, pages.get(id));
        return index.files();
    }

    private static Void publish(Path out, List<OutputFile> files) {
        new AtomicPublisher(out).publish(files);
        return null;
    }
}
