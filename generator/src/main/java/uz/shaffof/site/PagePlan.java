package uz.shaffof.site;

import java.util.function.Function;
import uz.shaffof.i18n.Edition;

/**
 * A page that exists in both editions: its route below the edition prefix ({@code ""} for the home page,
 * {@code regions/andijon/}; a route ending in {@code .html} is a file rather than a directory), the template
 * that renders it, how to make its view for an edition, and the content it is made from (null for a page made
 * from the whole site, such as a list of all regions), to which problems found in the page are traced back.
 */
public record PagePlan(String route, String template, Function<Edition, PageView> view, PageSource source) {
    public PagePlan(String route, String template, Function<Edition, PageView> view) {
        this(route, template, view, null);
    }

    public PagePlan {
        if (route.startsWith("/")) throw new IllegalArgumentException("route must be relative: " + route);
        if (!route.isEmpty() && !route.endsWith("/") && !route.endsWith(".html")) {
            throw new IllegalArgumentException("route must end with / or .html: " + route);
        }
    }

    /** The output path of this page in an edition, such as {@code uz/regions/andijon/index.html}. */
    public String outputPath(Edition edition) {
        return edition.prefix() + "/" + (route.endsWith(".html") ? route : route + "index.html");
    }

    /** The URL path of this page in an edition, such as {@code uz/regions/andijon/}. */
    public String urlPath(Edition edition) {
        return edition.prefix() + "/" + route;
    }

    /** How many directories deep the page's file is below the site root. */
    public int depth() {
        int d = 1; // the edition prefix
        for (int i = 0; i < route.length(); i++) if (route.charAt(i) == '/') d++;
        return d;
    }

    /** The "not found" page is served in place of any missing path, so it links from the site root. */
    public boolean servedAtAnyPath() {
        return route.equals("404.html");
    }
}
