package uz.shaffof.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.translit.Script;

/**
 * The charts {@link ChartRenderer#warmUp} practises on: one of every kind, shaped like the site's (ten years,
 * the fourteen regions, a few series), in both scripts. Their figures are made up and never leave the process:
 * the drawings are thrown away.
 */
final class WarmUpCharts {
    /**
     * How many times the samples are drawn. Six kinds four times is 24 draws: drawing the same line chart over and
     * over, the time per chart stopped falling after about 25 (from 130–250 ms to about 50 ms).
     */
    static final int ROUNDS = 4;

    private WarmUpCharts() {}

    static List<ChartSpec> samples(TileGrid tiles) {
        List<String> years = List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025");
        List<String> codes = tiles.tiles().stream().map(TileGrid.Tile::code).toList();
        List<String> regionNames = tiles.tiles().stream().map(t -> t.oneLineName(Script.LATIN)).toList();
        return List.of(
                new ChartSpec("warm-up-line", ChartKind.LINE, "Namuna", "Toshkent shahri", "ming kishi", years,
                        List.of(series("Namuna", years.size(), 1200), series("Boshqa", years.size(), 800)),
                        Script.LATIN, "Manba: namuna"),
                new ChartSpec("warm-up-bar", ChartKind.BAR, "Намуна", "", "млрд сўм", years,
                        List.of(series("Намуна", years.size(), 310)), Script.CYRILLIC, "Манба: намуна"),
                new ChartSpec("warm-up-stacked", ChartKind.STACKED_BAR, "Namuna", "", "", years,
                        List.of(series("Bir", years.size(), 40), series("Ikki", years.size(), 25),
                                series("Uch", years.size(), 12)),
                        Script.LATIN, ""),
                new ChartSpec("warm-up-regions", ChartKind.HORIZONTAL_BAR, "Namuna", "2025", "foiz", regionNames,
                        List.of(series("2025", regionNames.size(), 55)), Script.LATIN, "Manba: namuna"),
                new ChartSpec("warm-up-map", ChartKind.TILE_MAP, "Намуна", "2025", "фоиз", codes,
                        List.of(series("2025", codes.size(), 60)), Script.CYRILLIC, ""),
                new ChartSpec("warm-up-pie", ChartKind.PIE, "Namuna", "", "", List.of("Bir", "Ikki", "Uch", "To'rt"),
                        List.of(series("Ulush", 4, 30)), Script.LATIN, ""));
    }

    /** {@code n} distinct positive values around {@code base}, with one decimal. */
    private static Series series(String name, int n, int base) {
        List<BigDecimal> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) values.add(BigDecimal.valueOf(base * 10L + (i * 37L) % 91 - 45, 1));
        return new Series(name, values);
    }
}
