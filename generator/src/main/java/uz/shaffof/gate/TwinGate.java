package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.i18n.Edition;
import uz.shaffof.problem.Problem;
import uz.shaffof.translit.Script;

/**
 * The two editions mirror each other: every HTML page under {@code uz/} (Uzbek Latin) has its twin under
 * {@code oz/} (Uzbek Cyrillic) at the same rest of path, and the other way round; both declare the right
 * {@code <html lang>}; and both carry {@code <link rel="alternate">} for {@code uz-Latn}, {@code uz-Cyrl} and
 * {@code x-default} (the Latin edition, the site's default) pointing at the pair. Pages the caller marks as
 * single-edition are skipped.
 */
public final class TwinGate implements PageGate<PageFindings> {
    /** The default single-edition pages: files at the site root, such as the script chooser and {@code 404.html}. */
    public static final Predicate<String> ROOT_FILES = path -> !path.contains("/");

    private final Predicate<String> singleEdition;

    /** A gate that treats the files at the site root as single-edition ({@link #ROOT_FILES}). */
    public TwinGate() {
        this(ROOT_FILES);
    }

    /** @param singleEdition true for the site paths of pages that exist in one edition only */
    public TwinGate(Predicate<String> singleEdition) {
        this.singleEdition = Objects.requireNonNull(singleEdition, "singleEdition must not be null");
    }

    @Override
    public String name() {
        return "twins";
    }

    /**
     * The facts of a page of either edition are the problems of its own markup: its {@code lang} and its
     * alternates, which depend on its path and the base URL alone. Whether it is single-edition is asked when it is
     * judged, so the facts do not depend on this gate's choice of such pages.
     */
    @Override
    public PageFindings read(String path, Document doc, SiteUrls urls) {
        Edition edition = editionOf(path);
        if (edition == null) return PageFindings.NONE;
        List<Problem> problems = new ArrayList<>(0);
        String rest = path.substring(folder(edition).length());
        checkLang(path, doc, edition, problems);
        checkAlternates(urls, path, doc, folder(Edition.LATN) + rest, folder(Edition.CYRL) + rest, problems);
        return PageFindings.of(problems);
    }

    @Override
    public PageFindings decode(DataInputStream in) throws IOException {
        return PageFindings.read(in);
    }

    /** A page's twin is looked up among the site's paths on every run: it may have gone since the page was read. */
    @Override
    public PageCheck<PageFindings> start(SiteSnapshot site) {
        return (path, facts) -> {
            Edition edition = editionOf(path);
            if (edition == null || singleEdition.test(path)) return List.of();
            List<Problem> problems = new ArrayList<>(0);
            String twin = folder(edition.other()) + path.substring(folder(edition).length());
            if (!site.contains(twin)) {
                problems.add(Problem.error(PagePos.file(path),
                        path + " has no " + adjective(edition.other()) + " twin " + twin));
            }
            problems.addAll(facts.problems(path));
            return problems;
        };
    }

    private static void checkLang(String path, Document doc, Edition edition, List<Problem> problems) {
        Element html = doc.selectFirst("html");
        if (html == null) return; // jsoup always makes one; kept for safety
        String lang = html.attr("lang");
        if (!lang.equalsIgnoreCase(edition.lang())) {
            String found = html.hasAttr("lang") ? "<html lang=\"" + lang + "\">" : "<html> without lang";
            problems.add(PagePos.error(path, html,
                    found + ": pages under " + folder(edition) + " must have lang=\"" + edition.lang() + "\""));
        }
    }

    private static void checkAlternates(SiteUrls urls, String path, Document doc, String latin, String cyrillic,
            List<Problem> problems) {
        Map<String, List<Element>> byHreflang = new LinkedHashMap<>();
        for (Element link : doc.select("link[hreflang]")) {
            if (RelTokens.of(link).contains("alternate")) {
                byHreflang.computeIfAbsent(link.attr("hreflang").strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(link);
            }
        }
        expect(urls, path, doc, byHreflang, Edition.LATN.lang(), latin, "the Latin edition", problems);
        expect(urls, path, doc, byHreflang, Edition.CYRL.lang(), cyrillic, "the Cyrillic edition", problems);
        expect(urls, path, doc, byHreflang, "x-default", latin, "the Latin edition", problems);
    }

    private static void expect(SiteUrls urls, String path, Document doc, Map<String, List<Element>> byHreflang,
            String hreflang, String expected, String what, List<Problem> problems) {
        String tag = "<link rel=\"alternate\" hreflang=\"" + hreflang + "\">";
        List<Element> links = byHreflang.getOrDefault(hreflang.toLowerCase(Locale.ROOT), List.of());
        if (links.isEmpty()) {
            problems.add(PagePos.error(path, doc.head(), "missing " + tag + " to " + what + " " + expected));
            return;
        }
        for (Element extra : links.subList(1, links.size())) {
            problems.add(PagePos.error(path, extra, "duplicate " + tag));
        }
        Element link = links.get(0);
        UrlTarget target = urls.resolve(path, link.attr("href"));
        if (!target.isSiteFile() || !target.path().equals(expected)) {
            String actual = target.isSiteFile() ? target.path() : "\"" + link.attr("href") + "\"";
            problems.add(PagePos.error(path, link,
                    tag + " points at " + actual + ", not at " + what + " " + expected));
        }
    }

    /** The edition whose pages are under {@code path}'s first segment, or null for a path outside both. */
    private static Edition editionOf(String path) {
        for (Edition e : Edition.values()) {
            if (path.startsWith(folder(e))) return e;
        }
        return null;
    }

    /** The edition's folder in the site, with its slash: {@code uz/}. */
    private static String folder(Edition e) {
        return e.prefix() + "/";
    }

    /** How a message names the edition's script: {@code Latin}. */
    private static String adjective(Edition e) {
        return e.script() == Script.LATIN ? "Latin" : "Cyrillic";
    }
}
