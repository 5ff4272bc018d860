package uz.shaffof.browser;

import java.util.Optional;
import uz.shaffof.i18n.Edition;

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
        return editionOf(path);
    }

    /** The same page in the other edition: URLs use one ASCII slug in both, so only the prefix changes. */
    String twinPath() {
        Edition from = edition().orElseThrow(() -> new IllegalStateException(path + " is in no edition"));
        return "/" + from.other().prefix() + path.substring(from.prefix().length() + 1);
    }

    /** The edition a site path belongs to, if any: {@code /uz/regions/} is Latin, {@code /} belongs to none. */
    static Optional<Edition> editionOf(String path) {
        for (Edition e : Edition.values()) {
            if (path.startsWith("/" + e.prefix() + "/")) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The route below the edition prefix, without slashes at either end: {@code regions/andijon}. */
    String route() {
        return routeOf(path);
    }

    private static String routeOf(String path) {
        String rest = editionOf(path).map(e -> path.substring(e.prefix().length() + 1)).orElse(path);
        return rest.replaceAll("^/+|/+$", "");
    }

    /**
     * The template behind a path: the first route segment, plus {@code /*} for a page below it
     * ({@code regions} is the list, {@code regions/*} a region), so list and detail pages both get tested.
     */
    static String kindOf(String path) {
        if (editionOf(path).isEmpty()) {
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
