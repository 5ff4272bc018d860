package uz.shaffof.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.i18n.Edition;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * Fuzzes the Markdown path: {@link MarkdownRenderer#render} with the site's own text functions (each text node
 * through the script engine, {@code -{...}-} spans in the other script wrapped in {@code <span lang>}), for both
 * editions. Whatever the input, rendering returns, and the HTML, parsed as a browser would (jsoup), holds no active
 * element, no event handler or inline style, and no {@code javascript:}, {@code vbscript:} or {@code data:} URL; heading
 * ids are ASCII slugs, unique in the page.
 *
 * <p>Inputs are the Markdown bytes, read as UTF-8 (the content loader rejects anything else before this stage).
 */
class MarkdownFuzzTest {
    private static final Transliterator T = Transliterator.standard();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(s -> T.convert(s, Script.LATIN));
    /** Elements that run code, load something or take input; an img is allowed only with a safe src. */
    private static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet",
            "style", "link", "meta", "base", "svg", "math", "form", "input", "button", "textarea", "select", "details",
            "template", "video", "audio", "source", "portal", "noscript", "body", "html", "head");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "cite", "data", "srcset");
    private static final Set<String> SPAN_LANGS = Set.of("uz-Latn", "uz-Cyrl");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @FuzzTest(maxDuration = "30s")
    void renderedMarkdownIsInertInBothEditions(byte[] data) {
        String markdown = new String(data, StandardCharsets.UTF_8);
        for (Edition e : Edition.values()) {
            MarkdownRenderer.Rendered r = RENDERER.render(markdown, s -> T.convert(s, e.script()),
                    s -> foreignLang(s, e));
            assertNotNull(r, "render returned null");
            assertNotNull(r.html(), "html is null");
            checkInert(r.html(), markdown);
            Set<String> tocIds = new HashSet<>();
            for (MarkdownRenderer.Rendered.TocEntry t : r.toc()) {
                assertTrue(ID.matcher(t.id()).matches(), "heading id \"" + t.id() + "\" is not an ASCII slug");
                assertTrue(tocIds.add(t.id()), "duplicate heading id \"" + t.id() + "\" in " + e + " for "
                        + visible(markdown) + " -> " + visible(r.html()));
            }
        }
    }

    /** The same rule as the site's: the other edition's language for a kept span in the other script. */
    private static String foreignLang(String text, Edition e) {
        if (text.codePoints().noneMatch(Character::isLetter)) return null;
        return Transliterator.dominantScript(text) == e.script() ? null : e.other().lang();
    }

    private static void checkInert(String html, String markdown) {
        Document doc = Jsoup.parseBodyFragment(html);
        Set<String> ids = new HashSet<>();
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body()) continue;
            String tag = el.normalName();
            String where = " from " + visible(markdown) + " -> " + visible(html);
            if (ACTIVE.contains(tag)) fail("active <" + tag + ">" + where);
            if (tag.equals("span") && el.hasAttr("lang")) {
                assertTrue(SPAN_LANGS.contains(el.attr("lang")), "span lang=" + el.attr("lang") + where);
            }
            for (Attribute a : el.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler " + name + where);
                assertFalse(name.equals("style") || name.equals("srcdoc") || name.equals("formaction"), name + where);
                if (URL_ATTRIBUTES.contains(name)) assertSafeUrl(a.getValue(), where);
                if (name.equals("id")) assertTrue(ids.add(a.getValue()), "duplicate id=\"" + a.getValue() + "\"" + where);
            }
        }
    }

    private static void assertSafeUrl(String url, String where) {
        String squeezed = url.replaceAll("[\\x00-\\x20\\x7f\\s]", "").toLowerCase(Locale.ROOT);
        for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
            assertFalse(squeezed.startsWith(scheme), "unsafe URL " + visible(url) + where);
        }
    }

    /** The text with control characters shown as \\uXXXX, so that a failure message stays one readable line. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        String cut = s.length() > 400 ? s.substring(0, 400) + "..." : s;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
