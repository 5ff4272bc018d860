package uz.shaffof.site;

import java.util.List;
import uz.shaffof.i18n.Edition;

/** E-government outcomes: the flagship services and the figures their owners report, each with its source. */
public final class OutcomeSection {
    private OutcomeSection() {}

    public record OutcomeView(String label, String value, String source, String sourceHref) {}

    public record ServiceView(String id, String name, String owner, String description, String url, List<OutcomeView> outcomes) {}

    public record OutcomesBody(String title, String intro, List<ServiceView> services) {}

    static List<PagePlan> plan(SiteContext ctx) {
        if (ctx.content().services().isEmpty()) return List.of();
        return List.of(new PagePlan("outcomes/", "outcomes.ftlh", e -> PageView.of(ctx.ui("nav.outcomes", e),
                ctx.ui("outcomes.description", e), "outcomes/", new OutcomesBody(ctx.ui("nav.outcomes", e),
                        ctx.ui("outcomes.description", e), services(ctx, e)))));
    }

    private static List<ServiceView> services(SiteContext ctx, Edition e) {
        return ctx.content().services().stream().map(s -> new ServiceView(s.id(), ctx.text(s.name(), e),
                ctx.text(s.owner(), e), ctx.text(s.description(), e), s.url(),
                s.outcomes().stream().map(o -> new OutcomeView(ctx.text(o.label(), e),
                        ctx.figure(o.value(), o.qualifier(), o.unit(), e), ctx.sourceLine(o.citation(), e),
                        ctx.sourceHref(o.citation()))).toList()))
                .toList();
    }
}
