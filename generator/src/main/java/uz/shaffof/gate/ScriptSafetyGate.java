package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.problem.Problem;

/**
 * Nothing in the site can run script or inline style except through files the CSP allows: no inline
 * {@code <script>} (JSON data blocks aside), no {@code on*} handlers, no {@code style} attributes or
 * {@code <style>} elements, no {@code srcdoc}, no {@code javascript:}/{@code vbscript:}/{@code data:} URLs, and
 * every {@code target="_blank"} link cuts the opener and referrer (reverse tabnabbing). SVG files may hold no
 * script, handlers or script URLs at all: opened directly, they run as documents of our origin.
 */
public final class ScriptSafetyGate implements PageGate<PageFindings> {
    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "poster", "xlink:href", "data");
    private static final Set<String> DATA_SCRIPT_TYPES = Set.of("application/json", "application/ld+json");
    private static final List<String> ACTIVE_SCHEMES = List.of("javascript:", "vbscript:", "data:");

    @Override
    public String name() {
        return "script-safety";
    }

    /** What a page may run is all in the page: its facts are its problems. */
    @Override
    public PageFindings read(String path, Document doc, SiteUrls urls) {
        List<Problem> problems = new ArrayList<>(0);
        for (Element e : doc.getAllElements()) checkHtmlElement(path, e, problems);
        return PageFindings.of(problems);
    }

    @Override
    public boolean readsSvgFiles() {
        return true;
    }

    /** What an SVG file may run is all in the file: its facts are its problems. */
    @Override
    public PageFindings readSvg(String path, Document svg, SiteUrls urls) {
        List<Problem> problems = new ArrayList<>(0);
        for (Element e : svg.getAllElements()) checkSvgElement(path, e, problems);
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
        };
    }

    private static void checkHtmlElement(String path, Element e, List<Problem> problems) {
        if (e.nameIs("script") && !e.hasAttr("src")) {
            String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!DATA_SCRIPT_TYPES.contains(type)) {
                String tag = e.hasAttr("type") ? "<script type=\"" + e.attr("type") + "\">" : "<script>";
                problems.add(PagePos.error(path, e, "inline " + tag
                        + " is not allowed: only type=\"application/json\" or \"application/ld+json\" may be inline"));
            }
        }
        if (e.nameIs("style")) {
            problems.add(PagePos.error(path, e, "<style> element is not allowed: the CSP forbids inline styles"));
        }
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("style")) {
                problems.add(PagePos.error(path, e,
                        "style attribute on <" + e.tagName() + "> is not allowed: the CSP forbids inline styles"));
            } else if (name.equals("srcdoc")) {
                problems.add(PagePos.error(path, e, "srcdoc attribute on <" + e.tagName()
                        + "> is not allowed: its inline HTML would escape these checks"));
            }
            checkHandlerAndUrl(path, e, name, a.getValue(), problems);
        }
        if ((e.nameIs("a") || e.nameIs("area")) && e.attr("target").strip().equalsIgnoreCase("_blank")) {
            Set<String> rel = RelTokens.of(e);
            if (!rel.contains("noopener") || !rel.contains("noreferrer")) {
                String has = e.hasAttr("rel") ? " (has rel=\"" + e.attr("rel") + "\")" : "";
                problems.add(PagePos.error(path, e,
                        "<" + e.tagName() + " target=\"_blank\"> needs rel=\"noopener noreferrer\"" + has));
            }
        }
    }

    private static void checkSvgElement(String path, Element e, List<Problem> problems) {
        if (e.tagName().toLowerCase(Locale.ROOT).endsWith("script")) { // also svg:script
            problems.add(PagePos.error(path, e, "<script> in an SVG file is not allowed"));
        }
        for (Attribute a : e.attributes()) {
            checkHandlerAndUrl(path, e, a.getKey().toLowerCase(Locale.ROOT), a.getValue(), problems);
        }
    }

    private static void checkHandlerAndUrl(String path, Element e, String name, String value, List<Problem> problems) {
        if (name.startsWith("on")) {
            problems.add(PagePos.error(path, e,
                    "event-handler attribute " + name + " on <" + e.tagName() + "> is not allowed"));
        } else if (URL_ATTRIBUTES.contains(name)) {
            String scheme = activeScheme(value);
            if (scheme != null) {
                problems.add(PagePos.error(path, e,
                        scheme + " URL in <" + e.tagName() + " " + name + "> is not allowed"));
            }
        }
    }

    /**
     * The dangerous scheme this URL uses, or null. Browsers ignore tabs and newlines anywhere in a URL and
     * control characters and spaces around it, and the parser has already decoded entities
     * ({@code java&#x09;script:}), so all of those are removed before looking at the scheme.
     */
    static String activeScheme(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7F) sb.append(c);
        }
        String squeezed = sb.toString().toLowerCase(Locale.ROOT);
        for (String scheme : ACTIVE_SCHEMES) {
            if (squeezed.startsWith(scheme)) return scheme;
        }
        return null;
    }
}
