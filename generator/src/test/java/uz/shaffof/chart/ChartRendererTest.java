package uz.shaffof.chart;

import uz.shaffof.i18n.UzbekFormat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uz.shaffof.translit.Script;

/**
 * The renderer's drawings. The checks of a sample's drawing read it from {@link SampleCharts}, drawn once per JVM; the
 * checks of drawing itself (the same bytes again, in another renderer and order, on several threads) draw anew.
 */
class ChartRendererTest {
    private static final TextMetrics METRICS = TextMetrics.dejaVuSans();
    private final ChartRenderer renderer = SampleCharts.renderer();

    private static List<ChartSpec> everySample() {
        List<ChartSpec> specs = new ArrayList<>(ChartSamples.all(Script.LATIN));
        specs.addAll(ChartSamples.all(Script.CYRILLIC));
        return specs;
    }

    @Test
    void sameSpecGivesSameBytesInAnyRendererAndOrder() {
        List<ChartSpec> specs = everySample();
        List<RenderedChart> first = specs.stream().map(SampleCharts::drawn).toList();
        List<ChartSpec> reversed = new ArrayList<>(specs);
        java.util.Collections.reverse(reversed);
        try (ChartRenderer other = ChartRenderer.create()) {
            List<RenderedChart> second = reversed.stream().map(other::render).toList();
            for (int i = 0; i < specs.size(); i++) {
                RenderedChart a = first.get(i);
                RenderedChart b = second.get(specs.size() - 1 - i);
                assertEquals(a.svg(), b.svg(), specs.get(i).id() + " SVG differs between renderers");
                assertEquals(a.optionJson(), b.optionJson(), specs.get(i).id());
                assertEquals(a.description(), b.description(), specs.get(i).id());
            }
        }
        assertEquals(first.get(0).svg(), renderer.render(specs.get(0)).svg(), "second render in the same context");
    }

    @Test
    void concurrentRendersMatchSequentialOnes() throws Exception {
        List<ChartSpec> specs = ChartSamples.all(Script.CYRILLIC);
        List<String> sequential = specs.stream().map(s -> SampleCharts.drawn(s).svg()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (ChartSpec spec : specs) futures.add(pool.submit(() -> renderer.render(spec).svg()));
            for (int i = 0; i < specs.size(); i++) assertEquals(sequential.get(i), futures.get(i).get(), specs.get(i).id());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void pngIsDeterministicAndHasTheRequestedSize() throws IOException {
        String svg = SampleCharts.drawn(ChartSamples.all(Script.CYRILLIC).get(0)).svg();
        byte[] png = PngRenderer.png(svg, PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT);
        assertArrayEquals(png, PngRenderer.png(svg, PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(PngRenderer.png(svg, 300, 200)));
        assertEquals(300, small.getWidth());
        assertEquals(200, small.getHeight());
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void everyTextLiesInsideTheViewBox(Script script) {
        for (ChartSpec spec : ChartSamples.all(script)) {
            String svg = SampleCharts.drawn(spec).svg();
            double[] view = SvgTextBoxes.viewBox(svg);
            List<SvgTextBoxes.Box> boxes = SvgTextBoxes.boxes(svg, METRICS);
            assertFalse(boxes.isEmpty(), spec.id());
            for (SvgTextBoxes.Box box : boxes) {
                String where = spec.id() + ": \"" + box.text() + "\" at " + box;
                assertTrue(box.minX() >= view[0] - 0.5 && box.maxX() <= view[0] + view[2] + 0.5, where + " overflows sideways");
                assertTrue(box.minY() >= view[1] - 0.5 && box.maxY() <= view[1] + view[3] + 0.5, where + " overflows vertically");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void categoryLabelsAreShownInFullNotTruncated(Script script) {
        for (ChartSpec spec : ChartSamples.all(script)) {
            if (spec.kind() == ChartKind.TILE_MAP) continue;
            String text = String.join(" ", SvgTextBoxes.parse(SampleCharts.drawn(spec).svg()).select("text").eachText());
            assertFalse(text.contains("..."), spec.id() + " truncated a label");
            for (String category : spec.categories()) {
                for (String word : category.split(" ")) assertTrue(text.contains(word), spec.id() + " lost \"" + word + "\"");
            }
        }
    }

    @Test
    void echartsMeasuresCyrillicWithTheRealFontMetrics() {
        String text = "Қорақалпоғистон Республикаси";
        assertEquals(METRICS.width(text, 12, false), renderer.measuredByEcharts(text, "12px " + ChartStyle.FONT_FAMILY), 1e-9);
        assertEquals(METRICS.width(text, 18, true), renderer.measuredByEcharts(text, "bold 18px sans-serif"), 1e-9);
        // ECharts' own fallback counts each Cyrillic letter as 1 em (12 px); the real advance is about 0.6 em.
        assertTrue(METRICS.width(text, 12, false) < 0.7 * 12 * text.length());
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void hostileLabelsStayText(ChartKind kind) {
        RenderedChart chart = SampleCharts.drawn(ChartSamples.hostile(kind));
        Document page = Jsoup.parse("<!DOCTYPE html><html><body><figure>" + chart.svg() + "</figure></body></html>");
        assertTrue(page.select("img").isEmpty(), "an img element came through");
        assertTrue(page.select("script, foreignObject, iframe").isEmpty());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                        "event handler attribute " + attribute);
                assertFalse(attribute.getKey().equals("style"), "style attribute on " + element.tagName());
            }
        }
        assertTrue(page.text().contains(ChartSamples.HOSTILE), "the label should be shown as text");
        assertTrue(chart.svg().contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(chart.optionJson().contains("function"));
        assertFalse(chart.optionJson().contains("<"), "option JSON must be safe inside a <script> block");
        assertTrue(chart.optionJson().contains("\"renderMode\":\"richText\""));
    }

    @Test
    void svgIsAccessibleResponsiveAndCspSafe() {
        for (ChartSpec spec : ChartSamples.all(Script.LATIN)) {
            RenderedChart chart = SampleCharts.drawn(spec);
            Document svg = SvgTextBoxes.parse(chart.svg());
            Element root = svg.selectFirst("svg");
            assertNotNull(root);
            assertEquals("img", root.attr("role"));
            assertEquals(chart.ariaLabel(), root.attr("aria-label"));
            assertTrue(chart.ariaLabel().contains(spec.title()));
            assertEquals(spec.title(), svg.selectFirst("svg > title").wholeText());
            assertEquals(chart.description(), svg.selectFirst("svg > desc").wholeText());
            assertFalse(root.hasAttr("width") || root.hasAttr("height"), "fixed size breaks phones");
            assertTrue(root.attr("viewBox").startsWith("0 0 " + ChartStyle.WIDTH + " "));
            assertTrue(svg.select("style, [style]").isEmpty(), "inline styles need 'unsafe-inline'");
            assertTrue(svg.select("[class]").isEmpty() || svg.select("[class]").stream()
                    .allMatch(e -> e.attr("class").startsWith("c-" + spec.id() + "-")));
            for (Element withId : svg.select("[id]")) {
                assertTrue(withId.id().startsWith("c-" + spec.id() + "-"), withId.id() + " is not prefixed");
            }
            assertFalse(chart.svg().contains("ecmeta_"), "validators reject ecmeta_* on inline SVG");
            assertFalse(svg.select("[data-ec-ssr-type]").isEmpty(), "hover metadata for the SSR client");
        }
    }

    @Test
    void decalsAndThePaletteAreOn() {
        RenderedChart chart = SampleCharts.drawn(ChartSamples.all(Script.LATIN).get(1));
        assertTrue(chart.svg().contains("<pattern"), "decal patterns");
        assertTrue(chart.svg().contains("fill=\"#0072B2\""), "Okabe-Ito blue first");
        assertTrue(chart.svg().contains("fill=\"#E69F00\""), "Okabe-Ito orange second");
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void missingValuesAreShownAsNoDataNeverAsZero(Script script) {
        String noData = ChartWords.of(script).noData();
        for (ChartSpec spec : ChartSamples.all(script)) {
            RenderedChart chart = SampleCharts.drawn(spec);
            List<String> texts = SvgTextBoxes.parse(chart.svg()).select("text").eachText();
            boolean shown = texts.stream().anyMatch(t -> t.equalsIgnoreCase(noData) || t.contains("\u2014"))
                    || texts.stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(noData));
            assertTrue(shown, spec.id() + " shows no \"" + noData + "\" mark: " + texts);
            assertTrue(chart.description().toLowerCase(java.util.Locale.ROOT).contains(noData), spec.id() + ": " + chart.description());
            assertFalse(texts.contains("0") && spec.kind() == ChartKind.HORIZONTAL_BAR && texts.indexOf("0") != texts.lastIndexOf("0"),
                    spec.id() + " labels a missing value 0");
        }
    }

    @Test
    void horizontalBarLabelsTheGapInItsSlot() {
        ChartSpec spec = ChartSamples.all(Script.LATIN).get(0);
        String svg = SampleCharts.drawn(spec).svg();
        // One value label per known value, one "no data" label for Farg'ona, and no "0" value label.
        List<String> texts = SvgTextBoxes.parse(svg).select("text").stream().map(e -> e.wholeText()).toList();
        assertEquals(1, texts.stream().filter(ChartWords.LATIN.noData()::equals).count(), texts.toString());
        assertTrue(texts.contains("1\u00A0234\u00A0567,5"), texts.toString());
    }

    @Test
    void descriptionsTellTheTrendInBothScripts() {
        RenderedChart latin = SampleCharts.drawn(ChartSamples.all(Script.LATIN).get(3));
        assertTrue(latin.description().contains("2014-yilda 70 balldan 2017-yilda 80,5 ballga oshdi (+10,5; +15,0%)"),
                latin.description());
        assertTrue(latin.ariaLabel().startsWith("Chiziqli diagramma: "));
        RenderedChart cyrillic = SampleCharts.drawn(ChartSamples.all(Script.CYRILLIC).get(3));
        assertTrue(cyrillic.description().contains("2014 йилда 70 баллдан 2017 йилда 80,5 баллга ошди"), cyrillic.description());
        RenderedChart compare = SampleCharts.drawn(ChartSamples.all(Script.LATIN).get(0));
        assertTrue(compare.description().contains("eng yuqori: Jizzax viloyati (1\u00A0234\u00A0567,5 kishi), eng past: "
                + "Qoraqalpogʻiston Respublikasi (99 kishi)"), compare.description());
    }

    @Test
    void chartJsFormatsNumbersLikeUzbekFormat() {
        for (String v : List.of("0", "7", "999", "1000", "12572", "85.7", "1234567.5", "-4500", "0.25", "1000000")) {
            assertEquals(UzbekFormat.number(new java.math.BigDecimal(v)), renderer.formatNumberInJs(Double.parseDouble(v)), v);
        }
        assertEquals("0,3", renderer.formatNumberInJs(0.1 + 0.2));
    }
}
