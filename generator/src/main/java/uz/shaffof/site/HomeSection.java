package uz.shaffof.site;

import java.util.Comparator;
import java.util.List;
import uz.shaffof.content.Document;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Observation;
import uz.shaffof.i18n.Edition;

/**
 * The home page of each edition: what the site is, a picker of the regions, the latest figure of each indicator,
 * the latest reports.
 */
public final class HomeSection {
    private HomeSection() {}

    /** A headline figure: what, where, when, how much, and where to read more. */
    public record KeyFigure(String label, String value, String where, String when, String href) {}

    /** A region in the home page's picker: its name in the edition and its page. */
    public record RegionLink(String name, String href) {}

    public record HomeBody(String tagline, String description, List<RegionLink> regions, List<KeyFigure> figures,
                           List<DocumentSection.Item> reports) {}

    static List<PagePlan> plan(SiteContext ctx) {
        return List.of(new PagePlan("", "home.ftlh", e -> view(ctx, e)));
    }

    private static PageView view(SiteContext ctx, Edition e) {
        var site = ctx.content().site();
        List<KeyFigure> figures = ctx.content().indicators().stream()
                .filter(i -> !i.observations().isEmpty())
                .map(i -> keyFigure(ctx, i, e))
                .toList();
        List<DocumentSection.Item> reports = ctx.content().reports().stream()
                .sorted(Comparator.comparing(Document::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Document::slug))
                .limit(5)
                .map(d -> DocumentSection.item(ctx, d, e))
                .toList();
        // Every region, in the content's order: a reader comes for their own region first.
        List<RegionLink> regions = ctx.content().regions().stream()
                .map(r -> new RegionLink(ctx.text(r.name(), e), "regions/" + r.slug() + "/"))
                .toList();
        return PageView.of(null, ctx.text(site.description(), e), "",
                new HomeBody(ctx.text(site.tagline(), e), ctx.text(site.description(), e), regions, figures, reports));
    }

    private static KeyFigure keyFigure(SiteContext ctx, Indicator i, Edition e) {
        Observation latest = i.observations().stream()
                .max(Comparator.comparingInt(Observation::year).thenComparing(o -> o.region() == null ? "" : o.region()))
                .orElseThrow();
        return new KeyFigure(ctx.text(i.title(), e), ctx.figure(latest.value(), latest.qualifier(), i.unit(), e),
                ctx.regionName(latest.region(), e), ctx.year(latest.year(), e), "indicators/" + i.id() + "/");
    }
}
