package uz.shaffof.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.translit.Script;

/**
 * The fixed tile-grid layout of Uzbekistan's 14 units ({@code chart/tile-grid.tsv}): each ISO 3166-2:UZ
 * code has a column, a row and a short tile name in both scripts. A tile map draws every unit, with or
 * without data, so the shape of the country never changes.
 */
final class TileGrid {
    static final String RESOURCE = "/chart/tile-grid.tsv";

    /** One tile. */
    record Tile(String code, int column, int row, String latin, String cyrillic) {
        String name(Script script) {
            return script == Script.CYRILLIC ? cyrillic : latin;
        }

        /** The name on one line, as text gives it: the tile's line breaks out, a word broken with a hyphen joined. */
        String oneLineName(Script script) {
            return name(script).replace("-\n", "").replace('\n', ' ');
        }
    }

    private final Map<String, Tile> tiles;
    private final int columns;
    private final int rows;

    private TileGrid(Map<String, Tile> tiles) {
        this.tiles = tiles;
        this.columns = tiles.values().stream().mapToInt(Tile::column).max().orElse(0) + 1;
        this.rows = tiles.values().stream().mapToInt(Tile::row).max().orElse(0) + 1;
    }

    static TileGrid uzbekistan() {
        Map<String, Tile> tiles = new LinkedHashMap<>();
        for (String line : Resources.text(RESOURCE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            tiles.put(c[0], new Tile(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]),
                    c[3].replace("\\n", "\n"), c[4].replace("\\n", "\n")));
        }
        return new TileGrid(Collections.unmodifiableMap(tiles));
    }

    /** All tiles, in file order (west to east by rows). */
    List<Tile> tiles() {
        return List.copyOf(tiles.values());
    }

    Tile tile(String code) {
        Tile tile = tiles.get(code);
        if (tile == null) {
            throw new IllegalArgumentException("\"" + code + "\" is not an ISO 3166-2:UZ code of the tile map; known: "
                    + String.join(", ", tiles.keySet()));
        }
        return tile;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }
}
