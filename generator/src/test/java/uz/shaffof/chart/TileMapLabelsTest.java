package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
