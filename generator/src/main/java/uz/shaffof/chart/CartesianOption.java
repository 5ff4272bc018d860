package uz.shaffof.chart;

import uz.shaffof.i18n.UzbekFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars (vertical, horizontal, stacked) and lines on a category axis. A missing value is never drawn as a
 * bar: for bars it is an invisible zero-height item carrying a visible "no data" label in the bar's own slot
 * (so ECharts places it, even among grouped bars); for lines the line breaks and a "no data" label stands
 * on the baseline at that category.
 */
final class CartesianOption {
    private static final int PLOT_HEIGHT = 240;
    private static final int AXIS_LABEL_ROOM = 28;
    private static final int BAR_BAND = 14;
    private static final int LABEL_GAP = 6;

    private final TextMetrics metrics;

    CartesianOption(TextMetrics metrics) {
        this.metrics = metrics;
    }

    ChartOption build(ChartSpec spec, ChartWords words) {
        boolean horizontal = spec.kind() == ChartKind.HORIZONTAL_BAR;
        boolean line = spec.kind() == ChartKind.LINE;
        boolean stacked = spec.kind() == ChartKind.STACKED_BAR;
        Frame frame = new Frame(metrics, spec, words, List.of());
        ObjectNode option = frame.baseOption();
        List<String> names = spec.series().size() > 1 ? spec.series().stream().map(Series::name).toList() : List.of();
        int top = frame.headerHeight();
        top += Frame.legend(option, metrics, names, top);
        boolean labels = showValueLabels(spec);
        int plotHeight = horizontal
                ? spec.categories().size() * (spec.series().size() * BAR_BAND + 14) + AXIS_LABEL_ROOM
                : PLOT_HEIGHT + AXIS_LABEL_ROOM + angledLabelRoom(spec);
        ObjectNode grid = option.putObject("grid")
                .put("left", ChartStyle.PAD)
                .put("right", ChartStyle.PAD + (horizontal && labels ? (int) Math.ceil(widestValueLabel(spec, words)) + LABEL_GAP : 0))
                .put("top", top + (!horizontal && labels ? ChartStyle.LABEL_PX + LABEL_GAP : 0))
                .put("height", plotHeight)
                .put("outerBoundsMode", "same")
                .put("outerBoundsContain", "axisLabel");
        grid.put("show", false);
        ObjectNode categoryAxis = categoryAxis(spec, horizontal);
        ObjectNode valueAxis = valueAxis(horizontal);
        option.set(horizontal ? "yAxis" : "xAxis", categoryAxis);
        option.set(horizontal ? "xAxis" : "yAxis", valueAxis);
        ArrayNode series = option.putArray("series");
        for (Series s : spec.series()) series.add(series(spec, s, words, horizontal, line, stacked, labels));
        if (line) addLineNoData(series, spec, words);
        int height = grid.get("top").asInt() + plotHeight + frame.footerHeight();
        return new ChartOption(option, ChartStyle.WIDTH, height);
    }

    private static boolean showValueLabels(ChartSpec spec) {
        int points = spec.categories().size() * spec.series().size();
        return switch (spec.kind()) {
            case HORIZONTAL_BAR -> true;
            case BAR -> points <= 16;
            case LINE -> spec.series().size() == 1 && points <= 12;
            default -> false;
        };
    }

    private double widestValueLabel(ChartSpec spec, ChartWords words) {
        double widest = metrics.width(words.noData(), ChartStyle.LABEL_PX, false);
        for (Series s : spec.series()) {
            for (int i = 0; i < s.values().size(); i++) {
                String text = s.text(i);
                if (text != null) widest = Math.max(widest, metrics.width(text, ChartStyle.LABEL_PX, false));
            }
        }
        return widest;
    }

    /** Vertical charts angle their category labels when they do not fit their band; that needs room. */
    private int angledLabelRoom(ChartSpec spec) {
        if (spec.kind() == ChartKind.HORIZONTAL_BAR || !needsAngle(spec)) return 0;
        double widest = spec.categories().stream().mapToDouble(c -> metrics.width(c, ChartStyle.LABEL_PX, false)).max().orElse(0);
        return (int) Math.ceil(widest * Math.sin(Math.toRadians(45)));
    }

    private boolean needsAngle(ChartSpec spec) {
        double band = (ChartStyle.WIDTH - 2 * ChartStyle.PAD - 60) / (double) Math.max(1, spec.categories().size());
        return spec.categories().stream().anyMatch(c -> metrics.width(c, ChartStyle.LABEL_PX, false) > band - 6);
    }

    private ObjectNode categoryAxis(ChartSpec spec, boolean horizontal) {
        ObjectNode axis = ChartJson.object().put("type", "category");
        if (horizontal) axis.put("inverse", true); // first category on top, as in the table
        ArrayNode data = axis.putArray("data");
        ObjectNode label = axis.putObject("axisLabel").put("interval", 0).put("color", ChartStyle.TEXT);
        if (horizontal) {
            // Wrapped here, at spaces, with the same metrics: ECharts' own wrapping breaks Cyrillic words
            // in the middle ("Қорақалпоғис-тон").
            int width = horizontalLabelWidth(spec);
            spec.categories().forEach(c -> data.add(String.join("\n", metrics.wrap(c, ChartStyle.LABEL_PX, false, width))));
        } else {
            spec.categories().forEach(data::add);
        }
        if (horizontal) {
            label.put("width", horizontalLabelWidth(spec));
        } else if (needsAngle(spec)) {
            label.put("rotate", 45);
        }
        axis.putObject("axisLine").putObject("lineStyle").put("color", ChartStyle.AXIS_LINE);
        axis.putObject("axisTick").put("show", false);
        return axis;
    }

    /**
     * Room for the category names of a horizontal bar chart: two fifths of the width, widened (up to half) so
     * that the longest single word fits on its line; ECharts would otherwise break inside the word.
     */
    private int horizontalLabelWidth(ChartSpec spec) {
        int inner = ChartStyle.WIDTH - 2 * ChartStyle.PAD;
        double widestWord = spec.categories().stream().flatMap(c -> java.util.Arrays.stream(c.split(" ")))
                .mapToDouble(w -> metrics.width(w, ChartStyle.LABEL_PX, false)).max().orElse(0);
        return (int) Math.min(inner / 2.0, Math.max(inner * 2 / 5.0, Math.ceil(widestWord) + 6));
    }

    private static ObjectNode valueAxis(boolean horizontal) {
        ObjectNode axis = ChartJson.object().put("type", "value");
        // Grouped numbers ("1 200 000") are wide: fewer ticks across, and never two labels on top of each other.
        if (horizontal) axis.put("splitNumber", 4);
        axis.putObject("axisLabel").put("color", ChartStyle.MUTED).put("hideOverlap", true);
        axis.putObject("splitLine").putObject("lineStyle").put("color", ChartStyle.SPLIT_LINE);
        return axis;
    }

    private static ObjectNode series(ChartSpec spec, Series s, ChartWords words, boolean horizontal, boolean line,
            boolean stacked, boolean labels) {
        ObjectNode series = ChartJson.object().put("type", line ? "line" : "bar").put("name", s.name());
        if (stacked) series.put("stack", "total");
        if (line) series.put("connectNulls", false).put("symbolSize", 7);
        if (!line) series.put("barMaxWidth", 48);
        if (labels) {
            series.putObject("label").put("show", true).put("position", horizontal ? "right" : "top")
                    .put("color", ChartStyle.TEXT);
        }
        if (!horizontal) series.putObject("labelLayout").put("hideOverlap", true);
        ArrayNode data = series.putArray("data");
        int index = spec.series().indexOf(s);
        for (int i = 0; i < s.values().size(); i++) {
            BigDecimal v = s.values().get(i);
            if (v != null) {
                data.addObject().put("value", v).put("text", s.text(i));
            } else if (line || (stacked && !(index == 0 && allMissing(spec, i)))) {
                data.addNull();
            } else {
                data.add(noDataBar(words, horizontal));
            }
        }
        return series;
    }

    private static boolean allMissing(ChartSpec spec, int category) {
        return spec.series().stream().allMatch(s -> s.values().get(category) == null);
    }

    /** A zero-height, invisible bar whose only visible part is its "no data" label. */
    private static ObjectNode noDataBar(ChartWords words, boolean horizontal) {
        ObjectNode item = ChartJson.object().put("value", 0).put("text", words.noData()).put("noData", true);
        // Transparent rather than opacity 0: labels inherit the item's opacity, colours they do not.
        item.putObject("itemStyle").put("color", "rgba(0,0,0,0)").put("borderWidth", 0);
        item.putObject("emphasis").put("disabled", true);
        // A fixed text, so no series formatter (or ECharts' default, which would print the 0) applies.
        ObjectNode label = item.putObject("label").put("show", true).put("formatter", words.noData())
                .put("color", ChartStyle.MUTED);
        if (horizontal) {
            label.put("position", "insideLeft").put("distance", 4);
        } else {
            label.put("position", "insideBottom").put("rotate", 90).put("align", "left")
                    .put("verticalAlign", "middle").put("distance", 4);
        }
        return item;
    }

    /** A scatter series of "no data" labels on the baseline, one per category where any line has a gap. */
    private static void addLineNoData(ArrayNode series, ChartSpec spec, ChartWords words) {
        List<Integer> gaps = new ArrayList<>();
        for (int i = 0; i < spec.categories().size(); i++) {
            final int c = i;
            if (spec.series().stream().anyMatch(s -> s.values().get(c) == null)) gaps.add(i);
        }
        if (gaps.isEmpty()) return;
        ObjectNode marks = series.addObject().put("type", "scatter").put("name", words.noData())
                .put("symbol", "circle").put("symbolSize", 0);
        marks.putObject("label").put("show", true).put("position", "insideBottom").put("rotate", 90)
                .put("align", "left").put("verticalAlign", "middle").put("color", ChartStyle.MUTED);
        ArrayNode data = marks.putArray("data");
        for (int i : gaps) {
            ArrayNode value = ChartJson.array().add(i).add(0);
            ObjectNode item = data.addObject().put("name", spec.categories().get(i)).put("text", words.noData())
                    .put("noData", true);
            item.set("value", value);
        }
    }
}
