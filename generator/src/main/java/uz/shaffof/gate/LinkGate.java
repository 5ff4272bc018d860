package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import uz.shaffof.pipeline.ParallelMap;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * Every internal {@code href}, {@code src}, {@code srcset}, {@code poster} and {@code xlink:href} names a file of
 * the site, and every {@code #fragment} an {@code id} in the page it names, both compared case-sensitively (as a
 * web server on Linux and the browser do). Runs in time linear in the site: one index of paths, and one set of ids
 * per page that some link points into.
 *
 * <p>The check itself reads only {@link PageLinks}, the few facts it needs of each page (and the ids of each SVG
 * file), read from the page's parse or from the {@link PageFactsCache}; whether a link leads anywhere is judged from
 * them on every run.
 */
public final class LinkGate implements PageGate<LinkGate.PageLinks> {
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "xlink:href");

    /**
     * One URL written in a page: the element's tag, the attribute, the value as parsed, and where the element's
     * start tag is (line and column from 1; 0 when the parse did not track positions).
     */
    record Link(String tag, String attr, String url, int line, int column) {}

    /**
     * What the link check needs of one page: every URL it names, and the fragment targets it offers.
     *
     * <p>Kept compact, because the check holds one for every page of the site: the URLs one after another in one
     * string, the ids in another, the links' tags and attributes as the parser's own strings (shared by every page)
     * and their positions in one array; {@link #links()} and {@link #ids()} make the lists when asked. As lists of
     * records, the facts of a 10 000-page site are about a million small objects.
     */
    static final class PageLinks implements PageFacts {
        private final String urls;
        private final int[] urlEnds;
        private final String[] tags;
        private final String[] attrs;
        /** Line and column of each link, side by side. */
        private final int[] positions;
        private final String ids;
        private final int[] idEnds;

        PageLinks(List<Link> links, List<String> ids) {
            StringBuilder urlChars = new StringBuilder();
            urlEnds = new int[links.size()];
            tags = new String[links.size()];
            attrs = new String[links.size()];
            positions = new int[links.size() * 2];
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                urlChars.append(link.url());
                urlEnds[i] = urlChars.length();
                tags[i] = link.tag();
                attrs[i] = link.attr();
                positions[2 * i] = link.line();
                positions[2 * i + 1] = link.column();
            }
            urls = urlChars.toString();
            StringBuilder idChars = new StringBuilder();
            idEnds = new int[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                idChars.append(ids.get(i));
                idEnds[i] = idChars.length();
            }
            this.ids = idChars.toString();
        }

        /** Every URL the page names, in document order. */
        List<Link> links() {
            List<Link> out = new ArrayList<>(urlEnds.length);
            for (int i = 0; i < urlEnds.length; i++) {
                out.add(new Link(tags[i], attrs[i], urls.substring(i == 0 ? 0 : urlEnds[i - 1], urlEnds[i]),
                        positions[2 * i], positions[2 * i + 1]));
            }
            return out;
        }

        /** The page's fragment targets ({@code id}, and {@code name} of an {@code a}), in document order. */
        List<String> ids() {
            List<String> out = new ArrayList<>(idEnds.length);
            for (int i = 0; i < idEnds.length; i++) out.add(ids.substring(i == 0 ? 0 : idEnds[i - 1], idEnds[i]));
            return out;
        }

        /** The links and ids of a parsed page, in document order. Positions are kept when the parse tracked them. */
        static PageLinks of(Document doc) {
            List<Link> links = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Element e : doc.getAllElements()) {
                if (e.hasAttr("id")) ids.add(e.attr("id"));
                if (e.nameIs("a") && e.hasAttr("name")) ids.add(e.attr("name"));
                if (e.nameIs("base")) continue; // not a link; its effect on resolution is not supported
                for (String attr : URL_ATTRIBUTES) {
                    if (e.hasAttr(attr)) links.add(link(e, attr, e.attr(attr)));
                }
                if (e.hasAttr("srcset")) {
                    for (String url : Srcset.urls(e.attr("srcset"))) links.add(link(e, "srcset", url));
                }
            }
            return new PageLinks(links, ids);
        }

        private static Link link(Element e, String attr, String url) {
            Range range = e.sourceRange();
            boolean located = range.isTracked() && !range.isImplicit() && range.start().lineNumber() >= 1;
            return new Link(e.tagName(), attr, url, located ? range.start().lineNumber() : 0,
                    located ? range.start().columnNumber() : 0);
        }

        /** The links (tag, attribute, URL, line, column), then the ids. */
        @Override
        public void write(DataOutputStream out) throws IOException {
            out.writeInt(urlEnds.length);
            for (int i = 0; i < urlEnds.length; i++) {
                FactsCodec.writeString(out, tags[i]);
                FactsCodec.writeString(out, attrs[i]);
                FactsCodec.writeString(out, urls.substring(i == 0 ? 0 : urlEnds[i - 1], urlEnds[i]));
                out.writeInt(positions[2 * i]);
                out.writeInt(positions[2 * i + 1]);
            }
            out.writeInt(idEnds.length);
            for (int i = 0; i < idEnds.length; i++) {
                FactsCodec.writeString(out, ids.substring(i == 0 ? 0 : idEnds[i - 1], idEnds[i]));
            }
        }

        /**
         * The facts {@link #write} wrote. Tag and attribute names are interned, as the parser's own are: a site has
         * a handful of them and every page repeats them.
         */
        static PageLinks read(DataInputStream in) throws IOException {
            int linkCount = FactsCodec.readCount(in, 20);
            List<Link> links = new ArrayList<>(linkCount);
            for (int i = 0; i < linkCount; i++) {
                String tag = FactsCodec.readString(in).intern();
                String attr = FactsCodec.readString(in).intern();
                String url = FactsCodec.readString(in);
                links.add(new Link(tag, attr, url, FactsCodec.readPosition(in), FactsCodec.readPosition(in)));
            }
            int idCount = FactsCodec.readCount(in, 4);
            List<String> ids = new ArrayList<>(idCount);
            for (int i = 0; i < idCount; i++) ids.add(FactsCodec.readString(in));
            return new PageLinks(links, ids);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PageLinks other && links().equals(other.links()) && ids().equals(other.ids());
        }

        @Override
        public int hashCode() {
            return 31 * links().hashCode() + ids().hashCode();
        }

        @Override
        public String toString() {
            return "PageLinks[links=" + links() + ", ids=" + ids() + "]";
        }
    }

    @Override
    public String name() {
        return "links";
    }

    /** A page's facts are its links and ids: whether a link leads anywhere depends on the rest of the site. */
    @Override
    public PageLinks read(String path, Document doc, SiteUrls urls) {
        return PageLinks.of(doc);
    }

    @Override
    public PageLinks decode(DataInputStream in) throws IOException {
        return PageLinks.read(in);
    }

    /** An SVG file's ids are fragment targets too; its own links are not checked. */
    @Override
    public boolean readsSvgFiles() {
        return true;
    }

    @Override
    public PageLinks readSvg(String path, Document svg, SiteUrls urls) {
        return new PageLinks(List.of(), PageLinks.of(svg).ids());
    }

    /** Keeps each page's {@link PageLinks}, and judges them all against the site once every page was told. */
    @Override
    public PageCheck<PageLinks> start(SiteSnapshot site) {
        Map<String, PageLinks> pages = new ConcurrentHashMap<>();
        Map<String, PageLinks> svgs = new ConcurrentHashMap<>();
        return new PageCheck<>() {
            @Override
            public List<Problem> page(String path, PageLinks links) {
                pages.put(path, links);
                return List.of();
            }

            @Override
            public List<Problem> svg(String path, PageLinks ids) {
                svgs.put(path, ids);
                return List.of();
            }

            @Override
            public List<Problem> finish() {
                List<String> paths = site.files().stream().map(OutputFile::path).toList();
                // Every page here was parsed with positions; an element the parser made up (an implied tag) has none.
                return check(paths, pages, svgs, site.urls())
                        .stream()
                        .map(p -> p.pos().line() >= 1 ? p : Problem.error(SourcePos.file(p.pos().path()), p.message()))
                        .toList();
            }
        };
    }

    /**
     * The broken links among {@code pages}, with positions from their {@link Link}s (line 0 for a link without one),
     * page by page in path order.
     *
     * @param paths every file of the site
     * @param pages the links and ids of every HTML page, by path
     * @param svgs the ids of every SVG file (fragment targets too), by path
     */
    private static List<Problem> check(Collection<String> paths, Map<String, PageLinks> pages,
                                       Map<String, PageLinks> svgs, SiteUrls urls) {
        Targets targets = new Targets(paths, pages, svgs);
        List<String> order = new ArrayList<>(pages.keySet());
        order.sort(null); // path order, so that problems come in the same order on every machine
        // Pages are checked in parallel: a national site has hundreds of thousands of links, and the check waits
        // for every page to be built, so nothing else runs beside it. The results keep the path order.
        return ParallelMap.of(order, page -> brokenLinks(page, pages.get(page), urls, targets).toList()).stream()
                .flatMap(List::stream).toList();
    }

    private static Stream<Problem> brokenLinks(String page, PageLinks links, SiteUrls urls, Targets targets) {
        List<Problem> problems = new ArrayList<>(0);
        for (Link link : links.links()) {
            UrlTarget target = urls.resolve(page, link.url());
            String why = switch (target.kind()) {
                case SITE_FILE -> targets.whyBroken(target);
                case OUTSIDE_SITE -> "it leads outside the site";
                case MALFORMED -> "malformed percent-encoding";
                case OFF_SITE, OTHER_SCHEME -> null;
            };
            if (why == null) continue;
            String message = "broken link <" + link.tag() + " " + link.attr() + "=\"" + link.url() + "\">: " + why;
            SourcePos pos = link.line() >= 1
                    ? SourcePos.of(SiteSnapshot.reportPath(page), link.line(), link.column())
                    : SourcePos.of(SiteSnapshot.reportPath(page), 0, 0);
            problems.add(Problem.error(pos, message));
        }
        return problems.stream();
    }

    /** The site's paths and, on demand, the ids of each page that a link points into. */
    private static final class Targets {
        private final Set<String> paths;
        private final Map<String, PageLinks> pages;
        private final Map<String, PageLinks> svgs;
        private final Map<String, String> pathsByLowerCase = new HashMap<>();
        /** Filled as pages are checked, by several threads at once. */
        private final Map<String, Ids> idsByPath = new ConcurrentHashMap<>();

        Targets(Collection<String> paths, Map<String, PageLinks> pages, Map<String, PageLinks> svgs) {
            this.paths = new HashSet<>(paths);
            this.pages = pages;
            this.svgs = svgs;
            List<String> sorted = new ArrayList<>(paths);
            sorted.sort(null); // the first path in order names a case clash, on every machine
            for (String p : sorted) pathsByLowerCase.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
        }

        /** Null when the target exists (and so does its fragment), else why not. */
        String whyBroken(UrlTarget target) {
            String path = target.path();
            if (!paths.contains(path)) {
                String why = path + " is not in the site";
                String sameButCase = pathsByLowerCase.get(path.toLowerCase(Locale.ROOT));
                if (sameButCase != null) return why + " (" + sameButCase + " differs only in case)";
                if (paths.contains(path + "/index.html")) {
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
            PageLinks file = path.endsWith(".html") ? pages.get(path) : SiteSnapshot.isSvg(path) ? svgs.get(path) : null;
            return file == null ? null : idsByPath.computeIfAbsent(path, p -> Ids.of(file.ids()));
        }
    }

    /** The fragment targets of one document: ids and, for HTML, {@code <a name>}. */
    private record Ids(Set<String> exact, Map<String, String> byLowerCase) {
        static Ids of(List<String> ids) {
            Map<String, String> byLowerCase = new HashMap<>();
            // Document order: of two ids that differ only in case, the first one is named.
            for (String id : ids) byLowerCase.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
            return new Ids(new HashSet<>(ids), byLowerCase);
        }
    }
}
