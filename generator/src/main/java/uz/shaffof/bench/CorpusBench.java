package uz.shaffof.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import uz.shaffof.build.ParallelMap;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.render.TemplateEngine;
import uz.shaffof.search.SearchIndex;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * Builds a corpus in the neutral layout through the full pipeline, the way Hugo builds the same files: every page
 * is read, its front matter parsed, its Markdown rendered, templated, post-processed with jsoup, link-checked and
 * written; list pages (each edition's home and one per region) are built too, and the search index. With
 * {@code translit}, each page is published in both editions, the other one transliterated.
 *
 * <pre><code>BenchResult r = new CorpusBench(Path.of("/tmp/c1k/neutral"), false).run(Path.of("/tmp/out"));</code></pre>
 */
final class CorpusBench implements BenchCommand.Case {
    private static final int LIST_LENGTH = 50;

    private final Path corpus;
    private final boolean translit;
    private final WarmStart warm;
    private final StageClock clock = new StageClock();

    CorpusBench(Path corpus, boolean translit) {
        this(corpus, translit, WarmStart.begin());
    }

    /** @param warm the setup begun when the process started */
    CorpusBench(Path corpus, boolean translit, WarmStart warm) {
        this.corpus = corpus;
        this.translit = translit;
        this.warm = warm;
    }

    /** Builds the corpus into {@code out} (published atomically) and says how long each stage took. */
    @Override
    public BenchResult run(Path out) {
        long start = System.nanoTime();
        Pipeline p = clock.sequential(Stage.SETUP, this::setUp);
        try (AtomicPublisher.Staging staging = new AtomicPublisher(out).stage()) {
            return build(p, staging, start);
        }
    }

    /**
     * Streams the pages: each source is read, rendered, post-processed, written into the staging directory and
     * indexed for search by one task, which keeps only what list pages, the search index and the link check need
     * of it (titles, dates, keys, links), so memory does not grow with the text of the site. The site is swapped in
     * only once the link check has passed; otherwise the staging directory is deleted and nothing is published.
     */
    private BenchResult build(Pipeline p, AtomicPublisher.Staging staging, long start) {
        List<Path> sources = CorpusReader.files(corpus);
        CorpusReader reader = new CorpusReader(clock, warm.frontMatter());
        Problems readProblems = new Problems();
        SearchIndex.Builder index = new SearchIndex.Builder(sources.size());
        Set<String> paths = ConcurrentHashMap.newKeySet();
        List<Integer> order = IntStream.range(0, sources.size()).boxed().toList();
        List<List<PageBuilder.Page>> built = clock.phase(Stage.MARKDOWN, () -> ParallelMap.of(order, i -> {
                    Optional<SourcePage> src = reader.readOne(sources.get(i), readProblems);
                    if (src.isEmpty()) return List.<PageBuilder.Page>of();
                    PageBuilder.Built b = p.pages.build(src.get());
                    clock.time(Stage.WRITE, () -> b.files().forEach(f -> {
                        staging.write(f);
                        paths.add(f.path());
                    }));
                    clock.time(Stage.SEARCH_INDEX, () -> index.add(i, b.searchPage()));
                    return b.pages();
                }));
        readProblems.throwIfErrors("read");
        List<PageBuilder.Page> pages = new ArrayList<>();
        built.forEach(pages::addAll);
        int html = pages.size();
        // The list pages and the search index's posting lists need only what the page phase left, and not each
        // other: the posting lists, one thread's work, are gathered by one worker while the others make the list
        // pages. Gathered after the list pages, they had the build to themselves with a core idle (50-78 ms at
        // 10 000 pages).
        ListsAndPostings both = clock.phase(Stage.TEMPLATES, () -> {
            ForkJoinTask<SearchIndex.Gathered> postings =
                    ForkJoinTask.adapt(() -> clock.time(Stage.SEARCH_INDEX, index::gather)).fork();
            List<OutputFile> lists = p.lists.build(pages);
            return new ListsAndPostings(lists, postings.join());
        });
        List<OutputFile> rest = both.lists();
        html += rest.size();
        List<OutputFile> searchFiles = clock.sequential(Stage.SEARCH_INDEX, both.postings()::files);
        rest = new ArrayList<>(rest);
        rest.addAll(searchFiles);
        for (OutputFile f : rest) paths.add(f.path());
        List<OutputFile> tail = rest;
        List<Problem> problems = clock.sequential(Stage.LINK_CHECK, () -> LinkCheck.run(paths, p.post.links(),
                path -> tail.stream().filter(f -> f.path().equals(path)).findFirst().map(OutputFile::bytes)
                        .orElseGet(() -> staging.read(path)), clock));
        if (problems.isEmpty()) {
            clock.sequential(Stage.WRITE, () -> {
                staging.writeAll(tail);
                staging.publish();
                return null;
            });
        }
        long wall = System.nanoTime() - start;
        String name = "corpus " + corpus + (translit ? " --translit (every page in both editions)" : "")
                + ", " + sources.size() + " sources";
        return new BenchResult(name, html, paths.size() - html, wall, clock.wallNanos(), clock.threadNanos(),
                List.of(), problems);
    }

    private record Pipeline(PageBuilder pages, ListPages lists, PagePostProcessor post) {}

    private record ListsAndPostings(List<OutputFile> lists, SearchIndex.Gathered postings) {}

    private Pipeline setUp() {
        Transliterator t = warm.transliterator();
        CorpusSite site = CorpusSite.read(corpus, t, clock);
        TemplateEngine engine = warm.templates();
        MarkdownRenderer latin = new MarkdownRenderer(UnaryOperator.identity(), LinkCheck.BASE_URL);
        MarkdownRenderer cyrillic = new MarkdownRenderer(text -> site.localize(text, Script.CYRILLIC, Script.LATIN),
                LinkCheck.BASE_URL);
        List<BenchEdition> editions = BenchEdition.of(translit);
        PagePostProcessor post = new PagePostProcessor(LinkCheck.BASE_URL);
        PageBuilder pages = new PageBuilder(site, editions, translit, latin, cyrillic, engine, post, clock);
        return new Pipeline(pages, new ListPages(site, editions, engine, post, clock, LIST_LENGTH), post);
    }

    /** Newest first, then by path: the order of every list page. */
    static final Comparator<PageBuilder.Page> NEWEST_FIRST =
            Comparator.comparing(PageBuilder.Page::date).reversed().thenComparing(PageBuilder.Page::path);
}
