package uz.shaffof.site;

import java.util.List;
import java.util.Map;

/**
 * What every page's layout needs, already in the page's edition: language tags, the relative way back to the
 * site root ({@code root}, such as {@code ../../}), the twin page in the other script, navigation, interface
 * strings ({@code t}), assets with their integrity values, the link-preview fields, and where a reader reports an
 * error on this page ({@code feedbackHref}; {@code null} when the site names no address), and who publishes the
 * site ({@code publisher}; {@code null} when the site names no publisher).
 */
public record PageContext(String lang, String ed, String otherLang, String otherEd, String root, String route,
                          String section, String title, String description, String siteTitle, String canonicalUrl,
                          String latnUrl, String cyrlUrl, String switchHref, String switchLabel, Map<String, String> t, List<NavItem> nav,
                          Map<String, AssetRef> assets, String csp, String ogImage, String feedHref,
                          List<String> scripts, String feedbackHref, PublisherView publisher) {
    public PageContext {
        t = Map.copyOf(t);
        nav = List.copyOf(nav);
        assets = Map.copyOf(assets);
        scripts = List.copyOf(scripts);
    }

    /** The relative href of a page of this edition, from this page: {@code link("regions/")}. */
    public String link(String route) {
        return root + ed + "/" + route;
    }

    /** A chart's SVG as this page prints it: a tile map's tiles become links relative to this page. */
    public String chartSvg(String svg) {
        return TileLinks.resolve(svg, link(""));
    }

    /** The relative href of a file at the site root (assets, data), from this page. */
    public String file(String path) {
        return root + path;
    }
}
