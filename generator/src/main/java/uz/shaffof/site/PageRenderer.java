package uz.shaffof.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;
import uz.shaffof.render.TemplateEngine;

/**
 * Renders one planned page in one edition: builds its {@link PageContext} (links relative to the page, the
 * twin in the other script, navigation, interface strings) and runs its template with {@code page} and
 * {@code body}. Thread-safe: called for many pages at once.
 */
final class PageRenderer {
    private final SiteContext ctx;
    private final TemplateEngine templates;
    private final Assets assets;
    private final List<String> navRoutes;
    private final Map<Edition, Map<String, String>> strings = new java.util.EnumMap<>(Edition.class);
    /** True once the build no longer wants its pages: a render under way stops soon after. */
    private final BooleanSupplier cancelled;

    PageRenderer(SiteContext ctx, TemplateEngine templates, Assets assets, List<String> navRoutes,
                 BooleanSupplier cancelled) {
        this.ctx = ctx;
        this.cancelled = cancelled;
        this.templates = templates;
        this.assets = assets;
        this.navRoutes = List.copyOf(navRoutes);
        for (Edition e : Edition.values()) {
            Map<String, String> t = new LinkedHashMap<>();
            for (String key : ctx.localizer().uiKeys()) t.put(key, ctx.ui(key, e));
            strings.put(e, Map.copyOf(t));
        }
    }

    /**
     * The page's view and context are always made (they are cheap); its template runs only when the cache has no
     * page for exactly this template, context and body.
     */
    OutputFile render(PagePlan plan, Edition e, PageCache.Run cache) {
        PageView view = plan.view().apply(e);
        PageContext page = context(plan, view, e);
        String path = plan.outputPath(e);
        return cache.page(path, plan.template(), page, view.body(), () -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("page", page);
            model.put("body", view.body());
            return templates.render(plan.template(), model, cancelled);
        });
    }

    private PageContext context(PagePlan plan, PageView view, Edition e) {
        // A 404 page is served for any missing path, at any depth: its links must not be relative, and they start
        // at the base URL's path, so that a site served under /repo/ (a GitHub Pages project site) finds its assets.
        String root = plan.servedAtAnyPath() ? ctx.basePath() : "../".repeat(plan.depth());
        String section = SiteGenerator.sectionOf(plan.route());
        List<NavItem> nav = new ArrayList<>();
        for (String route : navRoutes) {
            String key = route.isEmpty() ? "nav.home" : "nav." + route.substring(0, route.length() - 1);
            nav.add(new NavItem(root + e.prefix() + "/" + route, ctx.ui(key, e), route.equals(section)));
        }
        String siteTitle = ctx.text(ctx.content().site().title(), e);
        String title = view.title() == null || plan.route().isEmpty() ? siteTitle : view.title() + " — " + siteTitle;
        String twin = root + e.other().prefix() + "/" + plan.route();
        return new PageContext(e.lang(), e.prefix(), e.other().lang(), e.other().prefix(), root, plan.route(), section,
                title, view.description(), siteTitle, ctx.absolute(plan.urlPath(e)),
                ctx.absolute(plan.urlPath(Edition.LATN)), ctx.absolute(plan.urlPath(Edition.CYRL)), twin,
                ctx.ui("edition.name", e.other()),
                strings.get(e), nav, assets.all(), SiteGenerator.CSP,
                ctx.absolute(PreviewCards.pathFor(plan, view, e)),
                root + e.prefix() + "/feed.xml", view.scripts(), ctx.feedbackHref(title), ctx.publisher(e));
    }
}
