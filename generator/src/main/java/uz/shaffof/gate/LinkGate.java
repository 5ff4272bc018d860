package uz.shaffof.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * Every internal {@code href}, {@code src}, {@code srcset}, {@code poster} and {@code xlink:href} names a file of
 * the site, and every {@code #fragment} an {@code id} in the page it names, both compared case-sensitively (as a
 * web server on Linux and the browser do). Runs in time linear in the site: one index of paths, and one set of ids
 * per page that some link points into.
 */
public final class LinkGate implements Gate {
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "xlink:href");

    @Override
    public String name() {
        return "links";
    }

    @Override
    public List<Problem> check(SiteSnapshot site) {
        Targets targets = new Targets(site);
        List<Problem> problems = new ArrayList<>();
        for (OutputFile page : site.htmlFiles()) {
            for (Element e : site.html(page.path()).getAllElements()) {
                if (e.nameIs("base")) continue; // not a link; its effect on resolution is not supported
                for (String attr : URL_ATTRIBUTES) {
                    if (e.hasAttr(attr)) check(site, targets, page.path(), e, attr, e.attr(attr), problems);
                }
                if (e.hasAttr("srcset")) {
                    for (String url : Srcset.urls(e.attr("srcset"))) {
                        check(site, targets, page.path(), e, "srcset", url, problems);
                    }
                }
            }
        }
        return problems;
    }

    private static void check(SiteSnapshot site, Targets targets, String page, Element e, String attr, String url,
            List<Problem> problems) {
        UrlTarget target = site.urls().resolve(page, url);
        String link = "broken link <" + e.tagName() + " " + attr + "=\"" + url + "\">: ";
        String why = switch (target.kind()) {
            case SITE_FILE -> targets.whyBroken(target);
            case OUTSIDE_SITE -> "it leads outside the site";
            case MALFORMED -> "malformed percent-encoding";
            case OFF_SITE, OTHER_SCHEME -> null;
        };
        if (why != null) problems.add(PagePos.error(page, e, link + why));
    }

    /** The site's paths and, on demand, the ids of each page that a link points into. */
    private static final class Targets {
        private final SiteSnapshot site;
        private final Map<String, String> pathsByLowerCase = new HashMap<>();
        private final Map<String, Ids> idsByPath = new HashMap<>();

        Targets(SiteSnapshot site) {
            this.site = site;
            for (OutputFile f : site.files()) pathsByLowerCase.putIfAbsent(f.path().toLowerCase(Locale.ROOT), f.path());
        }

        /** Null when the target exists (and so does its fragment), else why not. */
        String whyBroken(UrlTarget target) {
            String path = target.path();
            if (!site.contains(path)) {
                String why = path + " is not in the site";
                String sameButCase = pathsByLowerCase.get(path.toLowerCase(Locale.ROOT));
                if (sameButCase != null) return why + " (" + sameButCase + " differs only in case)";
                if (site.contains(path + "/index.html")) {
                    return why + " (" + path + "/index.html exists: a directory link needs a trailing slash)";
                }
                return why;
            }
            String fragment = target.fragment();
            // An empty fragment and "#top" scroll to the top of the page even without such an id (HTML spec).
            if (fragment == null || fragment.isEmpty() || fragment.equalsIgnoreCase("top")) return null;
            Ids ids = ids(path);
            if (ids == null || ids.exact.contains(fragment)) return null;
            String why = path + " has no id \"" + fragment + "\"";
            String sameButCase = ids.byLowerCase.get(fragment.toLowerCase(Locale.ROOT));
            return sameButCase == null ? why : why + " (id \"" + sameButCase + "\" differs only in case)";
        }

        /** The ids of an HTML or SVG file; null for other files, whose fragments we cannot check. */
        private Ids ids(String path) {
            if (!path.endsWith(".html") && !SiteSnapshot.isSvg(path)) return null;
            return idsByPath.computeIfAbsent(path, p -> Ids.of(p.endsWith(".html") ? site.html(p) : site.svg(p)));
        }
    }

    /** The fragment targets of one document: ids and, for HTML, {@code <a name>}. */
    private record Ids(Set<String> exact, Map<String, String> byLowerCase) {
        static Ids of(Document doc) {
            Set<String> exact = new HashSet<>();
            Map<String, String> byLowerCase = new HashMap<>();
            for (Element e : doc.getAllElements()) {
                if (e.hasAttr("id")) add(e.attr("id"), exact, byLowerCase);
                if (e.nameIs("a") && e.hasAttr("name")) add(e.attr("name"), exact, byLowerCase);
            }
            return new Ids(exact, byLowerCase);
        }

        private static void add(String id, Set<String> exact, Map<String, String> byLowerCase) {
            exact.add(id);
            byLowerCase.putIfAbsent(id.toLowerCase(Locale.ROOT), id); // document order: the first one is named
        }
    }
}
