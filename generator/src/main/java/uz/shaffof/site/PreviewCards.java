package uz.shaffof.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uz.shaffof.chart.ChartCache;
import uz.shaffof.chart.PngRenderer;
import uz.shaffof.chart.PreviewCard;
import uz.shaffof.content.Region;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.DeferredFile;
import uz.shaffof.output.OutputFile;

/**
 * The link-preview picture ({@code og:image}) of every page: a {@link PreviewCard} per kind of page, made from what
 * the page itself shows. A chart page's card shows the chart; a region's shows its first figure and the map with
 * the region highlighted; a section's first page (home, regions, portal, reports, data, …) shows its title, what it
 * is about, and the home page its first key figure. Every other page shows the card of its section, or of the chart
 * its view names.
 *
 * <p>A card is {@code preview.png} in the directory of the page that owns it. Like the charts' PNGs, the cards are
 * {@link DeferredFile}s, cached by the bytes of their SVG: no page needs them to be shown.
 */
final class PreviewCards {
    static final String FILE = "preview.png";

    private PreviewCards() {}

    /** The card of a page in an edition, from the site root. */
    static String pathFor(PagePlan plan, PageView view, Edition e) {
        if (view.body() instanceof ChartSection.ChartPageBody chart) {
            return e.prefix() + "/" + chart.chart().pageHref() + FILE;
        }
        if (owns(plan, view)) return e.prefix() + "/" + plan.route() + FILE;
        String chartPng = view.ogImage();
        if (chartPng != null && chartPng.endsWith(".png")) {
            // A page that names one of its charts as its preview (an indicator): that chart's card.
            return chartPng.substring(0, chartPng.lastIndexOf('/') + 1) + FILE;
        }
        String section = plan.servedAtAnyPath() ? "" : SiteGenerator.sectionOf(plan.route());
        return e.prefix() + "/" + section + FILE;
    }

    /** Whether the page has a card of its own: a section's first page or a region's page (chart pages: see above). */
    private static boolean owns(PagePlan plan, PageView view) {
        if (plan.servedAtAnyPath()) return false;
        return view.body() instanceof RegionSection.RegionBody || SiteGenerator.sectionOf(plan.route()).equals(plan.route());
    }

    /**
     * Whether the page may own a card, from its plan alone: a chart page, a region's page, or a section's first page.
     * It is true of every page {@link #owns} a card or is a chart page (its view decides the rest), so a page it
     * passes over owns none.
     */
    static boolean mayOwnCard(PagePlan plan) {
        if (plan.template().equals("chart.ftlh") || plan.template().equals(RegionSection.TEMPLATE)) return true;
        return !plan.servedAtAnyPath() && SiteGenerator.sectionOf(plan.route()).equals(plan.route());
    }

    /** The cards: those the cache has, ready; the others to draw on first demand. */
    record Cards(List<OutputFile> cached, List<DeferredFile> toDraw) {}

    /**
     * Every card some page shows: taken from {@code cache} when it has the card (so a rebuild that changed no card
     * hands the preview server nothing to draw, as for the charts' PNGs), else drawn on first demand.
     */
    static Cards files(SiteContext ctx, List<PagePlan> plans, ChartCache cache) {
        List<OutputFile> cached = new ArrayList<>();
        List<DeferredFile> files = new ArrayList<>();
        Set<String> regionsWithData = regionsWithData(ctx);
        for (PagePlan plan : plans) {
            // Most pages (every report, project set, dataset) own no card: their view, whose body may be a whole
            // rendered Markdown document, is not made again here only to learn that.
            if (!mayOwnCard(plan)) continue;
            for (Edition e : Edition.values()) {
                PageView view = plan.view().apply(e);
                // A chart's card is owned by its chart page; its embed page shows the same one.
                boolean chartPage = view.body() instanceof ChartSection.ChartPageBody
                        && plan.template().equals("chart.ftlh");
                if (!chartPage && !owns(plan, view)) continue;
                PreviewCard card = card(ctx, plan, view, e, regionsWithData);
                String svg = card.svg();
                String key = cache.svgPngKey(svg, PreviewCard.WIDTH, PreviewCard.HEIGHT);
                byte[] inCache = cache.findPng(key);
                if (inCache != null) {
                    cached.add(new OutputFile(pathFor(plan, view, e), inCache));
                    continue;
                }
                files.add(new DeferredFile(pathFor(plan, view, e), key, () -> {
                    byte[] kept = cache.findPng(key);
                    if (kept != null) return kept;
                    byte[] png = PngRenderer.png(svg, PreviewCard.WIDTH, PreviewCard.HEIGHT);
                    cache.putPng(key, png);
                    return png;
                }));
            }
        }
        files.sort(Comparator.comparing(DeferredFile::path));
        return new Cards(cached, files);
    }

    private static PreviewCard card(SiteContext ctx, PagePlan plan, PageView view, Edition e, Set<String> withData) {
        String site = ctx.text(ctx.content().site().title(), e);
        String footer = ctx.ui("data.as-of", e) + ": " + ctx.date(ctx.content().site().asOf(), e);
        var script = e.script();
        if (view.body() instanceof ChartSection.ChartPageBody body) {
            ChartSection.ChartView c = body.chart();
            return new PreviewCard(site, null, c.title(), null, c.description(), footer, null, withData, c.svg(), script);
        }
        if (view.body() instanceof RegionSection.RegionBody region) {
            String code = regionCode(ctx, plan.route());
            var first = region.rows().stream().filter(RegionSection.ProfileRow::hasData).findFirst();
            String kicker = ctx.ui("nav.regions", e);
            return first.map(row -> new PreviewCard(site, kicker, region.title(), row.value(),
                            row.indicator() + ", " + row.year(), footer, code, withData, null, script))
                    .orElseGet(() -> new PreviewCard(site, kicker, region.title(), null, view.description(), footer,
                            code, withData, null, script));
        }
        if (view.body() instanceof HomeSection.HomeBody home) {
            var first = home.figures().stream().findFirst();
            String tagline = ctx.text(ctx.content().site().tagline(), e);
            return first.map(f -> new PreviewCard(site, null, tagline, f.value(),
                            f.label() + (f.where() == null ? "" : ", " + f.where()) + (f.when() == null ? "" : ", " + f.when()),
                            footer, null, withData, null, script))
                    .orElseGet(() -> new PreviewCard(site, null, tagline, null, view.description(), footer, null,
                            withData, null, script));
        }
        String title = view.title() == null ? site : view.title();
        return new PreviewCard(site, null, title, null, view.description(), footer, null, withData, null, script);
    }

    private static String regionCode(SiteContext ctx, String route) {
        return ctx.content().regions().stream().filter(r -> route.equals("regions/" + r.slug() + "/"))
                .map(Region::code).findFirst().orElse(null);
    }

    /** The regions some indicator has a figure for: shaded on every map. */
    private static Set<String> regionsWithData(SiteContext ctx) {
        Set<String> codes = new TreeSet<>();
        ctx.content().indicators().forEach(i -> i.observations().forEach(o -> {
            if (o.region() != null) codes.add(o.region());
        }));
        return codes;
    }
}
