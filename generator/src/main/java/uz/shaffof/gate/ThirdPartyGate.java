package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * The site makes no request to another origin: readers' visits are nobody else's business, and a third-party
 * file can change under us. Checked: {@code src}, {@code srcset}, {@code poster} and {@code data} in pages;
 * {@code <link>} that the browser fetches by itself (stylesheet, preload, prefetch, dns-prefetch, preconnect,
 * modulepreload, icons, manifest); {@code href}/{@code xlink:href} of SVG resources (inline and in SVG files);
 * {@code url(…)} and {@code @import} in stylesheets. Ordinary {@code <a href>} links to other sites are
 * navigation, not requests, and are allowed.
 */
public final class ThirdPartyGate implements PageGate<PageFindings> {
    private static final List<String> RESOURCE_ATTRIBUTES = List.of("src", "poster", "data");
    private static final Set<String> FETCHING_RELS = Set.of("stylesheet", "preload", "prefetch", "dns-prefetch",
            "preconnect", "modulepreload", "icon", "apple-touch-icon", "mask-icon", "manifest");
    private static final List<String> SVG_HREFS = List.of("href", "xlink:href");

    @Override
    public String name() {
        return "third-party";
    }

    /**
     * Whether a URL in a page leads to another origin depends on the page's address alone (its path and the base
     * URL): a page's facts are its problems.
     */
    @Override
    public PageFindings read(String path, Document doc, SiteUrls urls) {
        List<Problem> problems = new ArrayList<>(0);
        for (Element e : doc.getAllElements()) checkHtmlElement(urls, path, e, problems);
        return PageFindings.of(problems);
    }

    @Override
    public boolean readsSvgFiles() {
        return true;
    }

    /** As for a page: whether an SVG file's URL leads to another origin depends on its address alone. */
    @Override
    public PageFindings readSvg(String path, Document svg, SiteUrls urls) {
        List<Problem> problems = new ArrayList<>(0);
        for (Element e : svg.getAllElements()) checkSvgFileElement(urls, path, e, problems);
        return PageFindings.of(problems);
    }

    @Override
    public PageFindings decode(DataInputStream in) throws IOException {
        return PageFindings.read(in);
    }

    @Override
    public PageCheck<PageFindings> start(SiteSnapshot site) {
        return new PageCheck<>() {
            @Override
            public List<Problem> page(String path, PageFindings facts) {
                return facts.problems(path);
            }

            @Override
            public List<Problem> svg(String path, PageFindings facts) {
                return facts.problems(path);
            }

            @Override
            public List<Problem> finish() {
                return checkStyleSheets(site);
            }
        };
    }

    /** The site's style sheets (read on every run: scanning one costs less than looking it up). */
    private static List<Problem> checkStyleSheets(SiteSnapshot site) {
        List<Problem> problems = new ArrayList<>();
        for (OutputFile css : site.filesEndingWith(".css")) {
            for (CssUrls.Ref ref : CssUrls.find(css.text())) {
                if (site.urls().resolve(css.path(), ref.url()).isOffSite()) {
                    SourcePos pos = SourcePos.of(SiteSnapshot.reportPath(css.path()), ref.line(), ref.column());
                    problems.add(Problem.error(pos, message(ref.display())));
                }
            }
        }
        return problems;
    }

    private static void checkHtmlElement(SiteUrls urls, String path, Element e, List<Problem> problems) {
        for (String attr : RESOURCE_ATTRIBUTES) {
            if (e.hasAttr(attr)) check(urls, path, e, attr, e.attr(attr), problems);
        }
        if (e.hasAttr("srcset")) {
            for (String url : Srcset.urls(e.attr("srcset"))) check(urls, path, e, "srcset", url, problems);
        }
        if (e.nameIs("link") && RelTokens.of(e).stream().anyMatch(FETCHING_RELS::contains)) {
            check(urls, path, e, "href", e.attr("href"), problems);
        }
        if (Parser.NamespaceSvg.equals(e.tag().namespace()) && !e.nameIs("a")) {
            for (String attr : SVG_HREFS) if (e.hasAttr(attr)) check(urls, path, e, attr, e.attr(attr), problems);
        }
    }

    private static void checkSvgFileElement(SiteUrls urls, String path, Element e, List<Problem> problems) {
        for (String attr : SVG_HREFS) if (e.hasAttr(attr)) check(urls, path, e, attr, e.attr(attr), problems);
        if (e.hasAttr("src")) check(urls, path, e, "src", e.attr("src"), problems);
        if (e.nameIs("style")) {
            // Parsed as XML, the style sheet is text (and CDATA), not the data node an HTML parser would make.
            for (CssUrls.Ref ref : CssUrls.find(e.wholeText())) {
                if (urls.resolve(path, ref.url()).isOffSite()) {
                    problems.add(PagePos.error(path, e, message(ref.display())));
                }
            }
        }
    }

    private static void check(SiteUrls urls, String path, Element e, String attr, String url,
            List<Problem> problems) {
        if (urls.resolve(path, url).isOffSite()) {
            problems.add(PagePos.error(path, e, message("<" + e.tagName() + " " + attr + "=\"" + url + "\">")));
        }
    }

    private static String message(String what) {
        return "third-party request: " + what + " loads from another origin";
    }
}
