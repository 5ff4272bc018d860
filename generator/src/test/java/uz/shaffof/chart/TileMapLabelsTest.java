package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.translit.Script;

/**
 * A tile's label is drawn centred on its tile and ECharts neither wraps nor clips it: a line wider than the tile
 * runs into the next tile's label. Cyrillic names are the wider ones ("Самарқанд").
 */
class TileMapLabelsTest {
    /** Room left on each side of a line, so that neighbouring labels never touch. */
    private static final double SIDE = 2;

    @Test
    void everyLineOfEveryTileNameFitsItsTileInBothScripts() {
        TileGrid grid = TileGrid.uzbekistan();
        TextMetrics metrics = TextMetrics.dejaVuSans();
        double room = TileMapOption.tileSymbolWidth(grid) - 2 * SIDE;
        List<String> tooWide = new ArrayList<>();
        for (TileGrid.Tile tile : grid.tiles()) {
            for (Script script : Script.values()) {
                for (String line : tile.name(script).split("\n")) {
                    double width = metrics.width(line, ChartStyle.TILE_LABEL_PX, false);
                    if (width > room) tooWide.add(tile.code() + " \"" + line + "\" " + Math.round(width) + " px");
                }
            }
        }
        assertTrue(tooWide.isEmpty(), "tile labels wider than the " + room + " px a tile leaves: " + tooWide);
    }

    /**
     * A figure the source gives only approximately keeps its qualifier on its tile and in a legend that names it,
     * as a sign the tile has room for: the tile showed a flat "630 000" where the page says "630 000 nafardan ortiq".
     */
    @Test
    void aQualifiedFigureKeepsItsQualifierOnItsTileAndInTheLegend() {
        Series series = new Series("2016", List.of(new BigDecimal("630000"), new BigDecimal("700")),
                List.of(new BigDecimal("630000"), new BigDecimal("700")),
                java.util.Arrays.asList("630 000 nafardan ortiq", null), java.util.Arrays.asList("more_than", null));
        ChartSpec spec = new ChartSpec("tile-qualified", ChartKind.TILE_MAP, "Internetdan foydalanuvchilar", "",
                "nafar", List.of("UZ-AN", "UZ-BU"), List.of(series), Script.LATIN, "Manba: sinov");
        JsonNode option = new TileMapOption(TextMetrics.dejaVuSans(), TileGrid.uzbekistan())
                .build(spec, ChartWords.of(Script.LATIN)).option();
        List<String> labels = new ArrayList<>();
        for (JsonNode s : option.get("series")) {
            for (JsonNode item : s.get("data")) labels.add(item.get("label").get("formatter").asText());
        }
        String qualified = ">\u00A0" + uz.shaffof.i18n.UzbekFormat.number(new BigDecimal("630000"));
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Andijon") && l.endsWith("\n" + qualified)),
                "Andijan's tile shows its qualifier: " + labels);
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("Buxoro") && l.endsWith("\n700")),
                "an exact figure has no sign: " + labels);

        assertEquals("\u2248\u00A0700", TileMapOption.tileFigure("about", new BigDecimal("700")));
        assertEquals("\u2265\u00A0700", TileMapOption.tileFigure("at_least", new BigDecimal("700")));
        assertEquals("<\u00A0700", TileMapOption.tileFigure("less_than", new BigDecimal("700")));
        assertEquals("700", TileMapOption.tileFigure(null, new BigDecimal("700")));

        Series only = new Series("2016", List.of(new BigDecimal("630000")), List.of(new BigDecimal("630000")),
                List.of("630 000 nafardan ortiq"), List.of("more_than"));
        JsonNode single = new TileMapOption(TextMetrics.dejaVuSans(), TileGrid.uzbekistan()).build(
                new ChartSpec("tile-one", ChartKind.TILE_MAP, "Internetdan foydalanuvchilar", "", "nafar",
                        List.of("UZ-AN"), List.of(only), Script.LATIN, "Manba: sinov"),
                ChartWords.of(Script.LATIN)).option();
        assertTrue(single.get("series").get(0).get("name").asText().startsWith(">\u00A0"),
                "the legend of a map whose one figure is qualified names it with its sign: " + single.get("series"));
    }
}
