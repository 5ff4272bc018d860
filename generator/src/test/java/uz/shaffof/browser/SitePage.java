package uz.shaffof.browser;

import java.util.Optional;

/**
 * One page of the built site.
 *
 * @param path the URL path below the site root, e.g. {@code /uz/regions/andijon/}
 * @param kind what template made it, from the route: {@code home}, {@code regions}, {@code regions/*},
 *     {@code 404}, {@code chooser}, ...
 */
record SitePage(String path, String kind) {

    static SitePage of(String path) {
        return new SitePage(path, kindOf(path));
    }

    Optional<Edition> edition() {
        return Edition.of(path);
    }

    /** The route below the edition prefix, without slashes at either end: {@code regions/andijon}. */
    String route() {
        return routeOf(path);
    }

    private static String routeOf(String path) {
        String rest = Edition.of(path).map(e -> path.substring(e.prefix().length() + 1)).orElse(path);
        return rest.replaceAll("^/+|/+$", "");
    }

    /**
     * The template behind a path: the first route segment, plus {@code /*} for a page below it
     * ({@code regions} is the list, {@code regions/*} a region), so list and detail pages both get tested.
     */
    static String kindOf(String path) {
        if (Edition.of(path).isEmpty()) {
            return path.equals("/") ? "chooser" : "root " + routeOf(path);
        }
        String route = routeOf(path);
        if (route.isEmpty()) {
            return "home";
        }
        if (route.equals("404.html")) {
            return "404";
        }
        int slash = route.indexOf('/');
        return slash < 0 ? route : route.substring(0, slash) + "/*";
    }

    /** What a parameterized test prints for the page: kind and path. */
    @Override
    public String toString() {
        return kind + " " + path;
    }
}
