package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uz.shaffof.translit.Script;

class PreviewCardTest {

    private static String texts(String svg) {
        StringBuilder all = new StringBuilder();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) all.append(m.group(1)).append('\n');
        return all.toString();
    }

    @Test
    void theHeadlineFigureKeepsItsQualifierWholeAndShrinksToFit() {
        String figure = "630\u00a0000 nafardan ortiq";
        PreviewCard card = new PreviewCard("Shaffof", "Hududlar", "Andijon viloyati", figure,
                "Davlat xizmatlari portaliga murojaatlar, 2019-yil", null, "UZ-AN", Set.of("UZ-AN"), null, Script.LATIN);
        String texts = texts(card.svg());
        // Smaller or on two lines, but never cut with an ellipsis.
        assertTrue(texts.replace('\n', ' ').contains(figure + " ") && !texts.contains("…"),
                () -> "the figure is not whole:\n" + texts);
    }

    @Test
    void theMapHighlightsExactlyTheRegionOfThePage() {
        PreviewCard card = new PreviewCard("Шаффоф", null, "Навоий вилояти", null, "Маълумот йўқ", null, "UZ-NW",
                Set.of("UZ-AN"), null, Script.CYRILLIC);
        Matcher m = Pattern.compile("fill=\"#d55e00\"").matcher(card.svg());
        int count = 0;
        while (m.find()) count++;
        assertEquals(1, count, "one highlighted tile");
        assertEquals(14, card.svg().split("rx=\"6\"", -1).length - 1, "14 tiles");
    }

    @Test
    void theCardIsA1200By630Png() throws Exception {
        PreviewCard card = new PreviewCard("Shaffof", null, "Sarlavha", "12", "Izoh", "Sana", null, Set.of(), null,
                Script.LATIN);
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                PngRenderer.png(card.svg(), PreviewCard.WIDTH, PreviewCard.HEIGHT)));
        assertEquals(1200, img.getWidth());
        assertEquals(630, img.getHeight());
    }
}
