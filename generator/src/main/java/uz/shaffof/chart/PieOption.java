package uz.shaffof.chart;

import uz.shaffof.i18n.UzbekFormat;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares of a whole. Slices are labelled outside, aligned to the chart's edges with a fixed width, so a
 * long name wraps (at word boundaries, measured here) instead of leaving the picture. Categories without data get no slice (a share of an
 * unknown is unknown) and are named in a note under the chart.
 */
final class PieOption {
    private static final int PLOT_HEIGHT = 280;
    // For a picture 320 units wide (ChartStyle.WIDTH): room for a label of two lines beside the pie on each side.
    private static final int LABEL_WIDTH = 116;
    private static final int RADIUS = 56;

    private final TextMetrics metrics;

    PieOption(TextMetrics metrics) {
        this.metrics = metrics;
    }

    ChartOption build(ChartSpec spec, ChartWords words) {
        Series only = spec.series().get(0);
        List<String> missing = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < spec.categories().size(); i++) {
            BigDecimal v = only.values().get(i);
            if (v == null) {
                missing.add(spec.categories().get(i));
            } else if (v.signum() < 0) {
                throw new IllegalArgumentException("chart " + spec.id() + ": a pie cannot show the negative value " + v
                        + " of \"" + spec.categories().get(i) + "\"");
            } else {
                total = total.add(v);
            }
        }
        List<String> notes = missing.isEmpty() ? List.of() : List.of(capitalised(words.noData()) + ": " + String.join(", ", missing) + ".");
        Frame frame = new Frame(metrics, spec, words, notes);
        ObjectNode option = frame.baseOption();
        int top = frame.headerHeight();
        ObjectNode series = option.putArray("series").addObject()
                .put("type", "pie")
                .put("name", only.name())
                .put("radius", RADIUS)
                .put("avoidLabelOverlap", true)
                .put("startAngle", 90);
        series.putArray("center").add("50%").add(top + PLOT_HEIGHT / 2);
        series.putObject("label").put("show", true).put("position", "outside").put("alignTo", "edge")
                .put("edgeDistance", ChartStyle.PAD)
                .put("lineHeight", 15).put("color", ChartStyle.TEXT);
        series.putObject("labelLine").put("length", 12).put("length2", 8);
        ArrayNode data = series.putArray("data");
        for (int i = 0; i < spec.categories().size(); i++) {
            BigDecimal v = only.values().get(i);
            if (v == null) continue;
            String text = only.text(i) + " (" + percent(v, total) + "%)";
            ObjectNode item = data.addObject().put("name", spec.categories().get(i)).put("value", v).put("text", text);
            // Wrapped here: with alignTo "edge" ECharts narrows the label box on its own and then splits long
            // words (a Cyrillic region name came out as "Қорақалпоғисто / н").
            String name = String.join("\n", metrics.wrap(spec.categories().get(i), ChartStyle.LABEL_PX, false, LABEL_WIDTH));
            item.putObject("label").put("formatter", name + "\n" + text);
        }
        return new ChartOption(option, ChartStyle.WIDTH, top + PLOT_HEIGHT + frame.footerHeight());
    }

    /** The share in percent with one decimal, rounded half up: derived by the generator, never typed. */
    static String percent(BigDecimal value, BigDecimal total) {
        if (total.signum() == 0) return UzbekFormat.number(BigDecimal.ZERO);
        return UzbekFormat.number(value.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP));
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
