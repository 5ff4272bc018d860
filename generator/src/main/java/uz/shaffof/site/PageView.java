package uz.shaffof.site;

import java.util.List;

/**
 * One page in one edition, before the layout: its title and description in the page's script, the section of
 * the navigation it belongs to, the body record its template reads, its link-preview picture ({@code ogImage},
 * a path from the site root, or {@code null}) and the site scripts it needs (logical asset names, loaded
 * deferred; most pages need none).
 */
public record PageView(String title, String description, String section, Object body, String ogImage,
                       List<String> scripts) {
    public PageView {
        scripts = List.copyOf(scripts);
    }

    public static PageView of(String title, String description, String section, Object body) {
        return new PageView(title, description, section, body, null, List.of());
    }

    public PageView withScripts(String... names) {
        return new PageView(title, description, section, body, ogImage, List.of(names));
    }

    public PageView withOgImage(String path) {
        return new PageView(title, description, section, body, path, scripts);
    }
}
