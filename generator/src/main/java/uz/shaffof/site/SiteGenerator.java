package uz.shaffof.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.pipeline.BuildStages;
import uz.shaffof.pipeline.ParallelMap;
import uz.shaffof.chart.ChartCache;
import uz.shaffof.content.Content;
import uz.shaffof.figures.Figures;
import uz.shaffof.i18n.Edition;
import uz.shaffof.i18n.Localizer;
import uz.shaffof.output.DeferredFile;
import uz.shaffof.output.FileSink;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.project.ProjectFiles;
import uz.shaffof.render.BuiltInTemplates;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.render.TemplateEngine;
import uz.shaffof.render.TemplateFiles;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * Generates the whole site in memory: every planned page in both editions (rendered in parallel), the assets,
 * and the site-wide files. Returns the files sorted by path, so the output never depends on thread timing.
 */
public final class SiteGenerator {
    /**
     * The Content-Security-Policy of every page, as a meta tag (the server adds what a meta tag cannot carry,
     * such as frame-ancestors). No inline script or style is ever allowed.
     */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /** The main navigation: section key (= first route segment) and the interface string naming it. */
    private static final List<String> NAV = List.of("", "regions/", "indicators/", "portal/", "websites/",
            "projects/", "outcomes/", "reports/", "data/", "search/", "about/");

    private final BuildOptions options;
    private final Content content;
    private final Figures figures;
    private final Transliterator transliterator;
    private final Problems warnings;

    private SiteGenerator(BuildOptions options, Content content, Figures figures, Transliterator transliterator,
                          Problems warnings) {
        this.options = options;
        this.content = content;
        this.figures = figures;
        this.transliterator = transliterator;
        this.warnings = warnings;
    }

    public static SiteGenerator create(BuildOptions options, Content content, Figures figures,
                                       Transliterator transliterator, Problems warnings) {
        return new SiteGenerator(options, content, figures, transliterator, warnings);
    }

    /**
     * The generated site: its files (the link-preview PNGs of charts drawn in this build are deferred: see
     * {@link GeneratedFiles}), the number of HTML pages of each edition, and the output paths (sorted) of the pages
     * whose template ran in this build; the others were taken from the {@link PageCache}; and the content each page
     * was made from, by output path, for the pages made from one file ({@link PageSource}).
     */
    public record Output(GeneratedFiles files, Map<Edition, Integer> pagesPerEdition, List<String> renderedPages,
                         Map<String, PageSource> sources) {
        public Output {
            Objects.requireNonNull(files, "files");
            pagesPerEdition = Map.copyOf(pagesPerEdition);
            renderedPages = List.copyOf(renderedPages);
            sources = Map.copyOf(sources);
        }
    }

    /** The whole site, every page rendered. */
    public Output generate() {
        return generate(PageCache.none(), new BuildStages(BuildListener.NONE));
    }

    /**
     * The whole site, with pages taken from {@code cache} when their inputs are unchanged. It starts the stages
     * from {@link BuildStages#TEMPLATES} to {@link BuildStages#DATASETS} on {@code stages}, and tells its listener
     * the counts of charts and pages as they are done (from several threads).
     */
    public Output generate(PageCache cache, BuildStages stages) {
        return generate(cache, stages, FileSink.MEMORY);
    }

    /**
     * The same, handing every file to {@code sink} as soon as it is made (each page right after it is rendered), and
     * keeping what the sink gives back: a publishing build's sink writes the bytes to its staging directory, so
     * that the site's text is not held in memory. A one-off session: nothing is remembered for a next build.
     */
    public Output generate(PageCache cache, BuildStages stages, FileSink sink) {
        try (BuildSession session = BuildSession.oneOff(null)) {
            return generate(cache, stages, session, sink);
        }
    }

    /**
     * The same, within {@code session}, which stays open: a process that builds many times passes the same one each
     * time, so the chart engine starts only once and unchanged pages are not read again for search.
     */
    public Output generate(PageCache cache, BuildStages stages, BuildSession session) {
        return generate(cache, stages, session, FileSink.MEMORY);
    }

    /** The same, within {@code session}, handing every file to {@code sink} as it is made (see above). */
    public Output generate(PageCache cache, BuildStages stages, BuildSession session, FileSink sink) {
        BuildListener listener = stages.listener();
        stages.start(BuildStages.TEMPLATES);
        Localizer localizer = new Localizer(transliterator, content.strings(), content.units(), warnings);
        MarkdownRenderer markdown = new MarkdownRenderer(s -> transliterator.convert(s, Script.LATIN));
        String baseUrl = baseUrl();
        SiteContext ctx = new SiteContext(content, figures, localizer, markdown, baseUrl, options.feedbackUrl());
        // Read once: the engine renders these very bytes, and the page cache is keyed by their fingerprint, which
        // covers the built-in files and the site's overrides alike (a new generator or an edited override renders
        // again). The site's own files through the project's: no link (templates/ itself included) is followed, no
        // pipe or device opened; a site without templates/ uses the built-in ones.
        TemplateFiles templateFiles = TemplateFiles.overriding(BuiltInTemplates.files(),
                new ProjectFiles(options.root()), options.templates());
        TemplateEngine templates = session.templates(templateFiles, options.display(options.templates()),
                options.renderLimits());
        Assets assets = Assets.collect(templateFiles.under("assets"), options.display(options.templates().resolve("assets")),
                BundledAssets.ALL, session.assetDigests());

        stages.start(BuildStages.CHARTS);
        ChartCache chartCache = session.chartCache(options.cache().resolve("charts"));
        ChartSection charts = ChartSection.render(ctx, chartCache, listener, session.charts());

        stages.start(BuildStages.PAGES);
        List<PagePlan> plans = Sections.plan(ctx, charts);
        checkUniqueRoutes(plans);
        Set<String> sections = new HashSet<>();
        for (PagePlan p : plans) sections.add(sectionOf(p.route()));

        sections.add(SearchSection.ROUTE);
        List<OutputFile> files = new ArrayList<>(assets.files());
        PageRenderer renderer = new PageRenderer(ctx, templates, assets, navigation(sections), listener::cancelled);
        PageCache.Run run = cache.startWith(templateFiles.fingerprint());
        // Counts both editions of every page, the search page (planned below) included.
        PageCount pageCount = new PageCount(listener, (plans.size() + 1L) * Edition.values().length);
        List<OutputFile> pages = renderAll(renderer, plans, run, pageCount, sink);
        files.addAll(pages);

        // Search lists every other page, so it is planned and rendered once they exist.
        stages.start(BuildStages.SEARCH);
        SearchSection.Indexed search = SearchSection.index(plans, pages, session, SearchSection.aliases(ctx), sink);
        PagePlan searchPage = SearchSection.plan(ctx, search.listed());
        List<PagePlan> allPlans = new ArrayList<>(plans);
        allPlans.add(searchPage);
        files.addAll(renderAll(renderer, List.of(searchPage), run, pageCount, sink));
        files.addAll(ParallelMap.of(search.files(), sink::take));

        // Every page has been through the cache: entries no page used are deleted.
        stages.start(BuildStages.PAGE_CACHE);
        PageCache.Stats stats = run.finish();
        session.offerPagePractice(PagePractice.of(renderer::render, plans, templateFiles.fingerprint()));

        stages.start(BuildStages.SITE_FILES);
        files.addAll(SiteFiles.create(ctx, templates, assets, allPlans).files());

        stages.start(BuildStages.DATASETS);
        files.addAll(Sections.dataFiles(ctx, session.dataFiles()));
        files.addAll(charts.files());
        PreviewCards.Cards cards = PreviewCards.files(ctx, allPlans, chartCache);
        files.addAll(cards.cached());
        // What is still in memory (assets, site files, datasets, charts) goes to the sink as well.
        files = new ArrayList<>(ParallelMap.of(files, sink::take));
        files.sort(null);

        Map<Edition, Integer> counts = new EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) counts.put(e, allPlans.size());
        Map<String, PageSource> sources = new java.util.HashMap<>();
        for (PagePlan p : allPlans) {
            if (p.source() == null) continue;
            for (Edition e : Edition.values()) sources.put(p.outputPath(e), p.source());
        }
        List<DeferredFile> deferred = new ArrayList<>(charts.deferred());
        deferred.addAll(cards.toDraw());
        return new Output(new GeneratedFiles(files, deferred), counts, stats.rendered(), sources);
    }

    /** Counts pages as they are done, from the rendering threads, as the listener's {@code pages} count. */
    private static final class PageCount {
        private final BuildListener listener;
        private final long total;
        private final AtomicLong done = new AtomicLong();

        PageCount(BuildListener listener, long total) {
            this.listener = listener;
            this.total = total;
            listener.progress(BuildStages.PAGES, 0, total);
        }

        void step() {
            listener.progress(BuildStages.PAGES, done.incrementAndGet(), total);
        }
    }

    private static List<OutputFile> renderAll(PageRenderer renderer, List<PagePlan> plans, PageCache.Run run,
                                              PageCount pageCount, FileSink sink) {
        List<Map.Entry<PagePlan, Edition>> jobs = new ArrayList<>(plans.size() * Edition.values().length);
        for (PagePlan plan : plans) {
            for (Edition e : Edition.values()) jobs.add(Map.entry(plan, e));
        }
        return ParallelMap.of(jobs, job -> {
            OutputFile page = sink.take(renderer.render(job.getKey(), job.getValue(), run));
            pageCount.step();
            return page;
        });
    }

    private String baseUrl() {
        String url = options.baseUrl() != null ? options.baseUrl() : content.site().baseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Two sections planning the same route is a bug in the generator or a slug clash in content. */
    private static void checkUniqueRoutes(List<PagePlan> plans) {
        Map<String, PagePlan> seen = new LinkedHashMap<>();
        List<Problem> clashes = new ArrayList<>();
        for (PagePlan p : plans) {
            if (seen.putIfAbsent(p.route(), p) != null) {
                clashes.add(Problem.error(uz.shaffof.problem.SourcePos.file("content"),
                        "two pages would be published at /" + p.route() + " (templates " + seen.get(p.route()).template()
                                + " and " + p.template() + "): rename one of the slugs"));
            }
        }
        if (!clashes.isEmpty()) throw new BuildFailure("plan", clashes);
    }

    static String sectionOf(String route) {
        int slash = route.indexOf('/');
        return slash < 0 ? "" : route.substring(0, slash + 1);
    }

    private static List<String> navigation(Set<String> sections) {
        return NAV.stream().filter(sections::contains).toList();
    }
}
