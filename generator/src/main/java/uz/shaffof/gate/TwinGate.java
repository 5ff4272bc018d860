package uz.shaffof.gate;

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
public final class TwinGate implements PageGate {
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

    /** A page's twin is looked up among the snapshot's paths: a page is judged on its own. */
    @Override
    public PageCheck start(SiteSnapshot site) {
        return (path, doc) -> {
            List<Problem> problems = new ArrayList<>(0);
            Edition edition = editionOf(path);
            if (edition == null || singleEdition.test(path)) return problems;
            String rest = path.substring(folder(edition).length());
            String twin = folder(edition.other()) + rest;
            if (!site.contains(twin)) {
                problems.add(Problem.error(PagePos.file(path),
                        path + " has no " + adjective(edition.other()) + " twin " + twin));
            }
            checkLang(path, doc, edition, problems);
            checkAlternates(site, path, doc, folder(Edition.LATN) + rest, folder(Edition.CYRL) + rest, problems);
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

    private static void checkAlternates(SiteSnapshot site, String path, Document doc, String latin, String cyrillic,
            List<Problem> problems) {
        Map<String, List<Element>> byHreflang = new LinkedHashMap<>();
        for (Element link : doc.select("link[hreflang]")) {
            if (RelTokens.of(link).contains("alternate")) {
                byHreflang.computeIfAbsent(link.attr("hreflang").strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(link);
            }
        }
        expect(site, path, doc, byHreflang, Edition.LATN.lang(), latin, "the Latin edition", problems);
        expect(site, path, doc, byHreflang, Edition.CYRL.lang(), cyrillic, "the Cyrillic edition", problems);
        expect(site, path, doc, byHreflang, "x-default", latin, "the Latin edition", problems);
    }

    private static void expect(SiteSnapshot site, String path, Document doc, Map<String, List<Element>> byHreflang,
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
        UrlTarget target = site.urls().resolve(path, link.attr("href"));
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
