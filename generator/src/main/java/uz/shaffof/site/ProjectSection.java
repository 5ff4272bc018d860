package uz.shaffof.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uz.shaffof.content.PortfolioTotal;
import uz.shaffof.figures.Dataset;
import uz.shaffof.figures.EffectiveStatus;
import uz.shaffof.figures.ProjectGroup;
import uz.shaffof.figures.ProjectState;
import uz.shaffof.figures.ProjectStats;
import uz.shaffof.figures.StatusCounts;
import uz.shaffof.i18n.Edition;
import uz.shaffof.render.AsciiSlug;

/**
 * Project monitoring: each programme (a strategy's measures, a portfolio, a region's plan) with its totals as
 * the source gives them, status counts as of the data's own as-of date, and the list of projects; plus static
 * pages per status, per owner and per region, so every list works without JavaScript.
 */
public final class ProjectSection {
    private ProjectSection() {}

    public record Count(String status, String label, int count, String href) {}

    public record SetCard(String title, String href, String asOf, List<Count> counts, int total) {}

    public record ProjectsBody(String title, String intro, List<SetCard> sets) {}

    public record ProjectRow(String title, String owner, String executor, String region, String regionHref, String deadline,
                      String isoDeadline, String status, String statusKey, String progress, String source, String sourceHref) {}

    public record Filter(String label, String href, boolean current) {}

    public record SetBody(String title, String description, String asOf, String isoAsOf, List<String> totals,
                   List<Count> counts, List<Filter> owners, List<Filter> regions, String heading,
                   List<ProjectRow> projects, String setHref, String datasetId) {}

    static List<PagePlan> plan(SiteContext ctx) {
        if (ctx.content().projects().isEmpty()) return List.of();
        List<PagePlan> plans = new ArrayList<>();
        plans.add(new PagePlan("projects/", "projects.ftlh", e -> PageView.of(ctx.ui("nav.projects", e),
                ctx.ui("projects.description", e), "projects/", new ProjectsBody(ctx.ui("nav.projects", e),
                        ctx.ui("projects.description", e), ctx.figures().projectStats().stream()
                        .map(s -> card(ctx, s, e)).toList()))));
        for (ProjectStats s : ctx.figures().projectStats()) {
            String base = "projects/" + s.set().id() + "/";
            plans.add(new PagePlan(base, "project-set.ftlh", e -> setPage(ctx, s, e, null, s.projects()),
                    PageSource.of(s.set().pos())));
            for (ProjectGroup g : s.byStatus()) {
                String route = base + "status/" + g.key().toLowerCase(Locale.ROOT).replace('_', '-') + "/";
                plans.add(new PagePlan(route, "project-set.ftlh", e -> setPage(ctx, s, e,
                        ctx.ui("status." + statusKey(g.key()), e), g.projects())));
            }
            for (ProjectGroup g : s.byOwner()) {
                if (g.label() == null) continue;
                plans.add(new PagePlan(base + "owner/" + ownerSlug(ctx, g) + "/", "project-set.ftlh",
                        e -> setPage(ctx, s, e, ctx.text(g.label(), e), g.projects())));
            }
            for (ProjectGroup g : s.byRegion()) {
                if (g.key() == null) continue;
                plans.add(new PagePlan(base + "region/" + ctx.region(g.key()).slug() + "/", "project-set.ftlh",
                        e -> setPage(ctx, s, e, ctx.regionName(g.key(), e), g.projects())));
            }
        }
        return plans;
    }

    private static String ownerSlug(SiteContext ctx, ProjectGroup g) {
        return AsciiSlug.of(ctx.text(g.label(), Edition.LATN));
    }

    static String statusKey(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static SetCard card(SiteContext ctx, ProjectStats s, Edition e) {
        String href = "projects/" + s.set().id() + "/";
        return new SetCard(ctx.text(s.set().title(), e), href, ctx.date(s.asOf(), e), counts(ctx, s, e, href),
                s.counts().total());
    }

    private static List<Count> counts(SiteContext ctx, ProjectStats s, Edition e, String setHref) {
        List<Count> out = new ArrayList<>();
        StatusCounts c = s.counts();
        for (EffectiveStatus status : EffectiveStatus.values()) {
            int n = c.count(status);
            String key = statusKey(status.name());
            out.add(new Count(key, ctx.ui("status." + key, e), n, n == 0 ? null : setHref + "status/" + key + "/"));
        }
        return out;
    }

    private static PageView setPage(SiteContext ctx, ProjectStats s, Edition e, String filter,
                                    List<ProjectState> projects) {
        String setHref = "projects/" + s.set().id() + "/";
        String title = ctx.text(s.set().title(), e);
        List<String> totals = s.set().totals().stream().map((PortfolioTotal t) -> ctx.text(t.label(), e) + ": "
                + ctx.figure(t.value(), t.qualifier(), null, e)).toList();
        List<Filter> owners = s.byOwner().stream().filter(g -> g.label() != null)
                .map(g -> new Filter(ctx.text(g.label(), e), setHref + "owner/" + ownerSlug(ctx, g) + "/",
                        ctx.text(g.label(), e).equals(filter))).toList();
        List<Filter> regions = s.byRegion().stream().filter(g -> g.key() != null)
                .map(g -> new Filter(ctx.regionName(g.key(), e), setHref + "region/" + ctx.region(g.key()).slug() + "/",
                        ctx.regionName(g.key(), e).equals(filter))).toList();
        List<ProjectRow> rows = projects.stream().map(p -> row(ctx, p, e)).toList();
        String heading = filter == null ? ctx.ui("projects.all", e) : filter;
        return PageView.of(filter == null ? title : title + ": " + filter, ctx.text(s.set().description(), e),
                "projects/", new SetBody(title, ctx.text(s.set().description(), e), ctx.date(s.asOf(), e),
                        s.asOf() == null ? null : s.asOf().toString(), totals, counts(ctx, s, e, setHref), owners,
                        regions, heading, rows, setHref, datasetId(ctx, s)));
    }

    /**
     * The dataset a set's page offers: its projects, or, for a set whose sources give only totals, the totals
     * dataset that holds them; {@code null} (no download) when there is neither.
     */
    private static String datasetId(SiteContext ctx, ProjectStats s) {
        Optional<Dataset> own = ctx.figures().dataset("projects-" + s.set().id());
        if (own.isPresent()) return own.get().id();
        if (s.set().totals().isEmpty()) return null;
        return ctx.figures().dataset(Dataset.PROJECT_TOTALS).map(Dataset::id).orElse(null);
    }

    private static ProjectRow row(SiteContext ctx, ProjectState st, Edition e) {
        var p = st.project();
        String noData = ctx.ui("no-data", e);
        String key = statusKey(st.status().name());
        String status = ctx.ui("status." + key, e);
        if (st.daysOverdue() > 0) status += " (" + ctx.ui("status.days-late", e).replace("{0}", String.valueOf(st.daysOverdue())) + ")";
        return new ProjectRow(ctx.text(p.title(), e), p.owner() == null ? noData : ctx.text(p.owner(), e),
                p.executor() == null ? noData : ctx.text(p.executor(), e),
                p.region() == null ? ctx.ui("country", e) : ctx.regionName(p.region(), e),
                p.region() == null ? null : "regions/" + ctx.region(p.region()).slug() + "/",
                p.deadline() == null ? noData : ctx.date(p.deadline(), e),
                p.deadline() == null ? null : p.deadline().toString(), status, key,
                p.progress() == null ? noData : ctx.number(p.progress()) + "\u00A0%", ctx.sourceLine(p.citation(), e),
                ctx.sourceHref(p.citation()));
    }
}
