package uz.shaffof.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import uz.shaffof.output.OutputFile;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.render.TemplateEngine;
import uz.shaffof.search.SearchPage;
import uz.shaffof.translit.Script;

/**
 * Turns one source page into its published pages, one per edition it appears in: Markdown (with every text node
 * transliterated for the other script's edition), the page template, the jsoup pass; and its search document.
 * Everything it uses is built once and thread-safe, so pages are built in parallel.
 */
final class PageBuilder {
    /** A published page (its path) and what list pages need to know of it. */
    record Page(String path, BenchEdition edition, String title, String date, String regionSlug) {}

    /** The pages of one source (what list pages need, and the files), and its search document. */
    record Built(List<Page> pages, List<OutputFile> files, SearchPage searchPage) {}

    private final CorpusSite site;
    private final List<BenchEdition> editions;
    private final boolean translit;
    private final MarkdownRenderer latin;
    private final MarkdownRenderer cyrillic;
    private final TemplateEngine engine;
    private final PagePostProcessor post;
    private final StageClock clock;
    private final List<List<Views.NavLink>> nav;
    private final Map<BenchEdition, String> siteTitles = new HashMap<>();

    PageBuilder(CorpusSite site, List<BenchEdition> editions, boolean translit, MarkdownRenderer latin,
                MarkdownRenderer cyrillic, TemplateEngine engine, PagePostProcessor post, StageClock clock) {
        this.site = site;
        this.editions = List.copyOf(editions);
        this.translit = translit;
        this.latin = latin;
        this.cyrillic = cyrillic;
        this.engine = engine;
        this.post = post;
        this.clock = clock;
        this.nav = this.editions.stream().map(e -> ListPages.nav(site, e, null)).toList();
        this.editions.forEach(e -> siteTitles.put(e, site.title(e)));
    }

    Built build(SourcePage src) {
        List<Page> pages = new ArrayList<>(2);
        List<OutputFile> files = new ArrayList<>(2);
        String titleLatn = null;
        String titleCyrl = null;
        List<String> text = null;
        for (int i = 0; i < editions.size(); i++) {
            BenchEdition ed = editions.get(i);
            if (!translit && ed.script() != src.script()) continue;
            // The search index needs each text once: the page's own without translit, the Latin edition's with it.
            boolean wantText = !translit || ed.script() == Script.LATIN;
            Made made = page(src, ed, nav.get(i), wantText);
            pages.add(made.page());
            files.add(made.file());
            if (ed.script() == Script.LATIN) titleLatn = made.page().title();
            else titleCyrl = made.page().title();
            if (wantText) text = made.searchText();
        }
        String route = translit ? src.dir() + "/" + src.slug() + ".html" : pages.get(0).path();
        String own = pages.get(0).title();
        SearchPage doc = new SearchPage(route, titleLatn != null ? titleLatn : own,
                titleCyrl != null ? titleCyrl : own, text);
        return new Built(pages, files, doc);
    }

    private record Made(Page page, OutputFile file, List<String> searchText) {}

    private Made page(SourcePage src, BenchEdition ed, List<Views.NavLink> nav, boolean wantText) {
        Script from = src.script();
        Script to = ed.script();
        UnaryOperator<String> localize = from == to ? UnaryOperator.identity() : s -> site.localize(s, from, to);
        SourcePage.FrontMatter m = src.meta();
        String title = localize.apply(m.title());
        // Tables are named by the page's title (its h1), as the jsoup pass would name them.
        MarkdownRenderer.Rendered md = clock.time(Stage.MARKDOWN,
                () -> (to == Script.LATIN ? latin : cyrillic).render(src.body(), localize, text -> null, title));
        List<String> tags = m.tags().stream().map(localize).toList();
        String switchHref = null;
        String switchLang = null;
        String switchLabel = null;
        if (translit) {
            BenchEdition other = editions.get(editions.get(0) == ed ? 1 : 0);
            switchHref = "../../" + other.pagePath(src, true);
            switchLang = other.lang();
            switchLabel = other.script() == Script.LATIN ? "Lotin yozuvida" : "Кирилл ёзувида";
        }
        Views.PageView view = new Views.PageView(ed.lang(), siteTitles.get(ed), title, m.date(),
                localize.apply(m.region()), tags, nav, toc(md.toc()), md.html(), switchHref, switchLang, switchLabel);
        String html = clock.time(Stage.TEMPLATES, () -> engine.render("page.ftlh", view));
        String path = ed.pagePath(src, translit);
        PagePostProcessor.Result r = clock.time(Stage.POST_PROCESS, () -> post.process(path, html, wantText, clock));
        Page page = new Page(path, ed, title, m.date(), site.regionSlug(m.region(), src.script()));
        return new Made(page, new OutputFile(path, r.bytes()), r.searchText());
    }

    /** The h2 headings with the h3 headings under each, as Hugo's table of contents (levels 2 to 3). */
    static List<Views.TocItem> toc(List<MarkdownRenderer.Rendered.TocEntry> entries) {
        List<Views.TocItem> top = new ArrayList<>();
        List<List<Views.TocItem>> children = new ArrayList<>();
        for (MarkdownRenderer.Rendered.TocEntry e : entries) {
            if (e.level() == 2 || (e.level() == 3 && top.isEmpty())) {
                top.add(new Views.TocItem(e.id(), e.text(), List.of()));
                children.add(new ArrayList<>());
            } else if (e.level() == 3) {
                children.get(children.size() - 1).add(new Views.TocItem(e.id(), e.text(), List.of()));
            }
        }
        List<Views.TocItem> out = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            out.add(new Views.TocItem(top.get(i).id(), top.get(i).text(), children.get(i)));
        }
        return out;
    }
}
