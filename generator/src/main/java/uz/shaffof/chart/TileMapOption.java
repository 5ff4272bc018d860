package uz.shaffof.chart;

import uz.shaffof.i18n.UzbekFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tile-grid map: every unit of {@link TileGrid} is a square tile on a hidden grid, coloured by which of
 * four equal value ranges it falls in. Each range is its own scatter series, so ECharts' legend explains the
 * colours and tooltips work as for any chart; units without data form a last, hatched grey series.
 */
final class TileMapOption {
    private static final int TILE_HEIGHT = 64;
    private static final int TILE_GAP = 4;
    private static final int BINS = 4;

    private final TextMetrics metrics;
    private final TileGrid grid;

    TileMapOption(TextMetrics metrics, TileGrid grid) {
        this.metrics = metrics;
        this.grid = grid;
    }

    ChartOption build(ChartSpec spec, ChartWords words) {
        Map<String, BigDecimal> values = valuesByCode(spec);
        Map<String, String> texts = textsByCode(spec);
        Map<String, String> qualifiers = qualifiersByCode(spec);
        Frame frame = new Frame(metrics, spec, words, List.of());
        ObjectNode option = frame.baseOption();
        int top = frame.headerHeight();
        int plotHeight = grid.rows() * TILE_HEIGHT;
        double tileWidth = (ChartStyle.WIDTH - 2.0 * ChartStyle.PAD) / grid.columns();
        option.putObject("grid").put("left", ChartStyle.PAD).put("right", ChartStyle.PAD).put("top", top)
                .put("height", plotHeight).put("outerBoundsMode", "none");
        option.set("xAxis", hiddenAxis(grid.columns(), false));
        option.set("yAxis", hiddenAxis(grid.rows(), true));

        List<BigDecimal> breaks = breaks(values.values().stream().filter(v -> v != null).toList());
        List<String> binNames = new ArrayList<>();
        ArrayNode series = option.putArray("series");
        ArrayNode[] binData = new ArrayNode[breaks.size() - 1];
        for (int b = 0; b < binData.length; b++) {
            String name = binData.length == 1 ? tileFigure(sharedQualifier(qualifiers, values), breaks.get(0))
                    : UzbekFormat.number(breaks.get(b)) + " \u2013 " + UzbekFormat.number(breaks.get(b + 1));
            binNames.add(name);
            int step = binData.length == 1 ? BINS - 1 : Math.round(b * (BINS - 1f) / (binData.length - 1));
            binData[b] = tileSeries(series, name, ChartStyle.SEQUENTIAL.get(step), ChartStyle.ON_SEQUENTIAL.get(step),
                    tileWidth, false);
        }
        ArrayNode noData = null;
        for (TileGrid.Tile tile : grid.tiles()) {
            BigDecimal v = values.get(tile.code());
            if (v == null) {
                if (noData == null) noData = tileSeries(series, PieOption.capitalised(words.noData()), ChartStyle.NO_DATA_FILL,
                        ChartStyle.TEXT, tileWidth, true);
                noData.add(tileItem(tile, spec, words.noData(), "\u2014", true));
            } else {
                // The tile is too small for "630 000 nafardan ortiq": it shows the qualifier as a sign ("> 630 000"),
                // and its tooltip and accessible text carry the words.
                binData[bin(breaks, v)].add(tileItem(tile, spec, texts.get(tile.code()),
                        tileFigure(qualifiers.get(tile.code()), v), false));
            }
        }
        if (noData != null) binNames.add(PieOption.capitalised(words.noData()));
        int legendTop = top + plotHeight + 12;
        int legendHeight = Frame.legend(option, metrics, binNames, legendTop);
        return new ChartOption(option, ChartStyle.WIDTH, legendTop + legendHeight + frame.footerHeight());
    }

    /** Each region's figure as every rendering writes it, qualifier included. */
    private Map<String, String> textsByCode(ChartSpec spec) {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < spec.categories().size(); i++) {
            texts.put(grid.tile(spec.categories().get(i)).code(), spec.series().get(0).text(i));
        }
        return texts;
    }

    /** Each region's qualifier code ({@code more_than} ...), absent for a figure stated exactly. */
    private Map<String, String> qualifiersByCode(ChartSpec spec) {
        Map<String, String> qualifiers = new HashMap<>();
        Series series = spec.series().get(0);
        for (int i = 0; i < spec.categories().size(); i++) {
            String q = series.qualifier(i);
            if (q != null) qualifiers.put(grid.tile(spec.categories().get(i)).code(), q);
        }
        return qualifiers;
    }

    /**
     * The qualifier every figure of the map shares, or null: the legend of a map whose figures are all one value
     * names that value, so it carries their qualifier too ("> 630 000" when the only figure is "more than 630 000").
     */
    private static String sharedQualifier(Map<String, String> qualifiers, Map<String, BigDecimal> values) {
        List<String> codes = values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> qualifiers.get(e.getKey())).distinct().toList();
        return codes.size() == 1 ? codes.get(0) : null;
    }

    /**
     * A figure as a tile has room for: the number, after the sign of its qualifier when the source gives it only
     * approximately ({@code >} more than, {@code ≥} at least, {@code ≈} about, {@code <} less than), so that no picture
     * shows a flat figure the source did not state. The signs read the same in both scripts.
     */
    static String tileFigure(String qualifier, BigDecimal value) {
        String number = UzbekFormat.number(value);
        if (qualifier == null) return number;
        String sign = switch (qualifier) {
            case "more_than" -> ">";
            case "at_least" -> "\u2265";
            case "about" -> "\u2248";
            case "less_than" -> "<";
            default -> throw new IllegalArgumentException("no sign for the qualifier " + qualifier);
        };
        return sign + "\u00A0" + number;
    }

    private Map<String, BigDecimal> valuesByCode(ChartSpec spec) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < spec.categories().size(); i++) {
            String code = grid.tile(spec.categories().get(i)).code();
            if (values.containsKey(code)) {
                throw new IllegalArgumentException("chart " + spec.id() + ": region " + code + " appears twice");
            }
            values.put(code, spec.series().get(0).values().get(i));
        }
        return values;
    }

    private static ObjectNode hiddenAxis(int cells, boolean inverse) {
        ObjectNode axis = ChartJson.object().put("type", "value").put("show", false)
                .put("min", -0.5).put("max", cells - 0.5);
        if (inverse) axis.put("inverse", true);
        return axis;
    }

    /** The width of a tile's square on the grid: the column's width less the gap between tiles. */
    static double tileSymbolWidth(TileGrid grid) {
        return Math.floor((ChartStyle.WIDTH - 2.0 * ChartStyle.PAD) / grid.columns() - TILE_GAP);
    }

    private static ArrayNode tileSeries(ArrayNode series, String name, String color, String textColor, double tileWidth,
            boolean hatched) {
        ObjectNode s = series.addObject().put("type", "scatter").put("name", name).put("symbol", "rect");
        s.putArray("symbolSize").add(Math.floor(tileWidth - TILE_GAP)).add(TILE_HEIGHT - TILE_GAP);
        ObjectNode itemStyle = s.putObject("itemStyle").put("color", color).put("opacity", 1);
        if (hatched) {
            itemStyle.putObject("decal").put("symbol", "rect").put("rotation", 0.785).put("color", "rgba(0,0,0,0.18)")
                    .put("symbolSize", 1).set("dashArrayX", ChartJson.array().add(1).add(0));
            ((ObjectNode) itemStyle.get("decal")).set("dashArrayY", ChartJson.array().add(2).add(5));
        }
        s.putObject("label").put("show", true).put("position", "inside").put("fontSize", ChartStyle.TILE_LABEL_PX)
                .put("lineHeight", ChartStyle.TILE_LABEL_LINE)
                .put("color", textColor);
        return s.putArray("data");
    }

    private static ObjectNode tileItem(TileGrid.Tile tile, ChartSpec spec, String text, String shown, boolean noData) {
        String tileName = tile.name(spec.script());
        ObjectNode item = ChartJson.object()
                .put("name", tile.oneLineName(spec.script()))
                .put("code", tile.code())
                .put("text", text);
        if (noData) item.put("noData", true);
        item.putArray("value").add(tile.column()).add(tile.row());
        item.putObject("label").put("formatter", tileName + "\n" + shown);
        return item;
    }

    /**
     * Break points of up to four ranges holding about the same number of units (quartiles of the values,
     * taken from the values themselves so they print exactly); one range if all values are equal. Equal-width
     * ranges would put 13 regions in one colour whenever Tashkent city is an outlier.
     */
    static List<BigDecimal> breaks(List<BigDecimal> values) {
        if (values.isEmpty()) return List.of(BigDecimal.ZERO, BigDecimal.ZERO);
        List<BigDecimal> sorted = values.stream().sorted().toList();
        List<BigDecimal> breaks = new ArrayList<>();
        for (int k = 0; k <= BINS; k++) {
            BigDecimal b = sorted.get((int) Math.round(k * (sorted.size() - 1) / (double) BINS));
            if (breaks.isEmpty() || b.compareTo(breaks.get(breaks.size() - 1)) > 0) breaks.add(b);
        }
        if (breaks.size() == 1) breaks.add(breaks.get(0));
        return breaks;
    }

    static int bin(List<BigDecimal> breaks, BigDecimal v) {
        int bins = breaks.size() - 1;
        for (int b = bins - 1; b > 0; b--) {
            if (v.compareTo(breaks.get(b)) >= 0) return b;
        }
        return 0;
    }
}
