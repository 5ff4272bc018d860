package uz.shaffof.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.build.ParallelMap;
import uz.shaffof.output.OutputFile;
import uz.shaffof.render.TemplateEngine;

/**
 * The list pages of the corpus site, as Hugo's list template makes them: the site's home, each edition's home
 * (its newest pages) and one page per region of the navigation (the region's newest pages), each at most
 * {@code length} entries, newest first. Grouping is one pass over the pages and one sort per list.
 */
final class ListPages {
    private final CorpusSite site;
    private final List<BenchEdition> editions;
    private final TemplateEngine engine;
    private final PagePostProcessor post;
    private final StageClock clock;
    private final int length;

    ListPages(CorpusSite site, List<BenchEdition> editions, TemplateEngine engine, PagePostProcessor post,
              StageClock clock, int length) {
        this.site = site;
        this.editions = List.copyOf(editions);
        this.engine = engine;
        this.post = post;
        this.clock = clock;
        this.length = length;
    }

    /** The navigation of an edition; {@code current} (a region slug, or null) is marked. */
    static List<Views.NavLink> nav(CorpusSite site, BenchEdition edition, String current) {
        return site.regions(edition).stream()
                .map(r -> new Views.NavLink("/" + edition.regionPath(r.slug()), r.label(), r.slug().equals(current)))
                .toList();
    }

    /** The list pages over {@code pages} (the published content pages). */
    List<OutputFile> build(List<PageBuilder.Page> pages) {
        Map<BenchEdition, List<PageBuilder.Page>> byEdition = new HashMap<>();
        Map<String, List<PageBuilder.Page>> byRegion = new HashMap<>();
        for (PageBuilder.Page p : pages) {
            byEdition.computeIfAbsent(p.edition(), e -> new ArrayList<>()).add(p);
            byRegion.computeIfAbsent(p.edition().root() + "/" + p.regionSlug(), r -> new ArrayList<>()).add(p);
        }
        List<Job> jobs = new ArrayList<>();
        List<Views.ListItem> homes = new ArrayList<>();
        for (BenchEdition ed : editions) {
            String title = site.title(ed);
            homes.add(new Views.ListItem("/" + ed.homePath(), title + " (" + ed.lang() + ")", ""));
            jobs.add(new Job(ed.homePath(), ed, title, null, byEdition.getOrDefault(ed, List.of())));
            for (CorpusSite.RegionLink r : site.regions(ed)) {
                jobs.add(new Job(ed.regionPath(r.slug()), ed, r.label(), r.slug(),
                        byRegion.getOrDefault(ed.root() + "/" + r.slug(), List.of())));
            }
        }
        List<OutputFile> out = new ArrayList<>(ParallelMap.of(jobs, this::render));
        BenchEdition first = editions.get(0);
        out.add(render("index.html", new Views.ListView(first.lang(), site.title(first), site.title(first),
                nav(site, first, null), homes)));
        return out;
    }

    private record Job(String path, BenchEdition edition, String title, String region, List<PageBuilder.Page> pages) {}

    private OutputFile render(Job job) {
        List<Views.ListItem> items = job.pages().stream().sorted(CorpusBench.NEWEST_FIRST).limit(length)
                .map(p -> new Views.ListItem("/" + p.path(), p.title(), p.date())).toList();
        return render(job.path(), new Views.ListView(job.edition().lang(), site.title(job.edition()), job.title(),
                nav(site, job.edition(), job.region()), items));
    }

    private OutputFile render(String path, Views.ListView view) {
        String html = clock.time(Stage.TEMPLATES, () -> engine.render("list.ftlh", view));
        return new OutputFile(path, clock.time(Stage.POST_PROCESS, () -> post.process(path, html, false, clock)).bytes());
    }
}
