package uz.shaffof.site;

/**
 * The "page not found" page of each edition; the server answers missing paths under the edition with it. A reader
 * may have followed a link in the other script, so the page says it in both, with both editions' home and search.
 */
public final class NotFoundPage {
    /** Names the missing address (the page cannot know it; the browser does). */
    static final String SCRIPT = "notfound.js";

    private NotFoundPage() {}

    /** What the page says in its own edition, then in the other one (shown with the other edition's lang). */
    public record NotFoundBody(String title, String address, String text, String otherTitle, String otherText,
                               String otherHome, String otherSearch) {}

    static PagePlan plan(SiteContext ctx) {
        return new PagePlan("404.html", "notfound.ftlh", e -> PageView.of(ctx.ui("notfound.title", e), null, "",
                new NotFoundBody(ctx.ui("notfound.title", e), ctx.ui("notfound.address", e), ctx.ui("notfound.text", e),
                        ctx.ui("notfound.title", e.other()), ctx.ui("notfound.text", e.other()),
                        ctx.ui("nav.home", e.other()), ctx.ui("nav.search", e.other()))).withScripts(SCRIPT));
    }
}
