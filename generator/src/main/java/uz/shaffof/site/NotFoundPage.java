package uz.shaffof.site;

/** The "page not found" page of each edition; the server answers missing paths with it. */
public final class NotFoundPage {
    private NotFoundPage() {}

    public record NotFoundBody(String title, String text) {}

    static PagePlan plan(SiteContext ctx) {
        return new PagePlan("404.html", "notfound.ftlh", e -> PageView.of(ctx.ui("notfound.title", e), null, "",
                new NotFoundBody(ctx.ui("notfound.title", e), ctx.ui("notfound.text", e))));
    }
}
