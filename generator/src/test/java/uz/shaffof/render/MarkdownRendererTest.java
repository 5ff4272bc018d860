package uz.shaffof.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(UnaryOperator.identity());
    private static final List<String> ACTIVE_ELEMENTS = List.of("script", "iframe", "object", "embed", "style", "svg",
            "math", "form", "input", "button", "meta", "base", "link", "body", "details", "img");

    static List<String> payloads() throws IOException {
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("/render/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.replace("\\n", "\n").replace("\\u0000", "\u0000"))
                    .toList();
        }
    }

    @Test
    void corpusHoldsAtLeastFortyPayloads() throws IOException {
        assertTrue(payloads().size() >= 40, "only " + payloads().size());
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void hostileMarkdownYieldsNoActiveOutput(String payload) {
        String html = RENDERER.render(payload, UnaryOperator.identity()).html();
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body()) continue;
            String tag = el.normalName();
            if (tag.equals("img")) {
                assertSafeUrl(el.attr("src"), payload, html);
            } else {
                assertFalse(ACTIVE_ELEMENTS.contains(tag), "active <" + tag + "> from " + payload + " -> " + html);
            }
            for (Attribute a : el.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "event handler " + name + " from " + payload + " -> " + html);
                assertFalse(name.equals("style") || name.equals("srcdoc"), name + " from " + payload);
                if (name.equals("href") || name.equals("src")) assertSafeUrl(a.getValue(), payload, html);
            }
        }
    }

    private static void assertSafeUrl(String url, String payload, String html) {
        String squeezed = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        assertFalse(squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:") || squeezed.startsWith("data:"),
                "unsafe URL " + url + " from " + payload + " -> " + html);
    }

    static Stream<String> pathological() {
        return Stream.of(
                "*a ".repeat(50_000), "_a ".repeat(50_000), "**".repeat(50_000) + "a", "[a](b".repeat(50_000),
                "> ".repeat(50_000) + "a", "`".repeat(50_000), "- ".repeat(3_000) + "a",
                "[".repeat(50_000) + "]".repeat(50_000), "<".repeat(50_000), "a\n".repeat(100_000),
                "|a".repeat(20_000) + "\n" + "|-".repeat(20_000) + "\n", "*".repeat(100_000));
    }

    @ParameterizedTest
    @MethodSource("pathological")
    void pathologicalInputFinishesQuicklyWithoutStackOverflow(String input) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> RENDERER.render(input, UnaryOperator.identity()));
    }

    @Test
    void aByteOrderMarkDoesNotTurnTheFirstHeadingIntoAParagraph() {
        String html = RENDERER.render("\uFEFF# Sarlavha\n", UnaryOperator.identity()).html();
        assertTrue(html.startsWith("<h1"), html);
    }

    @Test
    void headingIdsComeFromTheIdTextSoBothEditionsShareThem() {
        MarkdownRenderer toLatinIds = new MarkdownRenderer(s -> s.equals("Ҳисобот") ? "Hisobot" : s);
        var cyrillic = toLatinIds.render("## Ҳисобот\n\n## Ҳисобот\n", UnaryOperator.identity());
        var latin = toLatinIds.render("## Hisobot\n\n## Hisobot\n", UnaryOperator.identity());
        assertEquals(List.of("hisobot", "hisobot-2"), cyrillic.toc().stream().map(t -> t.id()).toList());
        assertEquals(cyrillic.toc().stream().map(t -> t.id()).toList(), latin.toc().stream().map(t -> t.id()).toList());
        assertTrue(cyrillic.html().contains("<h2 id=\"hisobot\">Ҳисобот</h2>"), cyrillic.html());
        assertTrue(cyrillic.html().contains("<h2 id=\"hisobot-2\">"), cyrillic.html());
    }

    @Test
    void headingIdsAreAsciiAndIgnoreTheDefaultLocale() {
        assertEquals("ozbekiston-iii-bob", AsciiSlug.of("Oʻzbekiston — III BOB"));
        assertEquals("section", AsciiSlug.of("—"));
    }

    @Test
    void textNodesAreLocalisedButCodeIsLeftAsWritten() {
        String html = RENDERER.render("abc `abc`\n\n```\nabc\n```\n", s -> s.toUpperCase(Locale.ROOT)).html();
        assertTrue(html.contains("<p>ABC <code>abc</code></p>"), html);
        assertTrue(html.contains("<pre><code>abc\n</code></pre>"), html);
    }

    @Test
    void allowsOrdinaryLinks() {
        String html = RENDERER.render("[a](https://my.gov.uz/) [b](../regions/) [c](#x) [d](mailto:a@b.uz)",
                UnaryOperator.identity()).html();
        assertTrue(html.contains("href=\"https://my.gov.uz/\""), html);
        assertTrue(html.contains("href=\"../regions/\""), html);
        assertTrue(html.contains("href=\"#x\""), html);
        assertTrue(html.contains("href=\"mailto:a@b.uz\""), html);
    }

    @Test
    void linksThatLeaveTheSiteAreMarkedExternalWhenTheBaseUrlIsGiven() {
        String md = "[a](https://stat.uz/x) [b](HTTP://Gov.UZ) [c](//cdn.example/x) [d](https://shaffof.uz/uz/a.html) "
                + "[e](../b.html) [f](#x) [g](mailto:a@b.uz) [h](javascript:alert(1))";
        Document doc = Jsoup.parseBodyFragment(new MarkdownRenderer(UnaryOperator.identity(), "https://Shaffof.uz/")
                .render(md, UnaryOperator.identity()).html());
        assertEquals(List.of("a", "b", "c"), doc.select("a[rel=external noopener]").eachText());
        assertEquals(8, doc.select("a").size());
        String plain = new MarkdownRenderer(UnaryOperator.identity()).render(md, UnaryOperator.identity()).html();
        assertFalse(plain.contains("external"), "no base URL, no external rel: " + plain);
    }

    @Test
    void tablesGoIntoALabelledScrollRegionWhenALabelIsGiven() {
        String md = "| Hudud | Son |\n|---|---:|\n| Buxoro | 12 |\n\nMatn\n\n| A |\n|---|\n| 1 |\n";
        MarkdownRenderer r = new MarkdownRenderer(UnaryOperator.identity());
        Document doc = Jsoup.parseBodyFragment(r.render(md, UnaryOperator.identity(), t -> null, "Jadval \"1\" & <2>").html());
        assertEquals(2, doc.select("div.table-scroll[role=region][tabindex=0] > table").size());
        assertEquals("Jadval \"1\" & <2>", doc.selectFirst("div.table-scroll").attr("aria-label"));
        assertEquals(2, doc.select("table").size(), "every table, each once");
        String unlabelled = r.render(md, UnaryOperator.identity()).html();
        assertFalse(unlabelled.contains("table-scroll"), unlabelled);
        assertEquals(Jsoup.parseBodyFragment(unlabelled).select("table").outerHtml(), doc.select("table").outerHtml(),
                "the tables themselves are the same");
    }
}
