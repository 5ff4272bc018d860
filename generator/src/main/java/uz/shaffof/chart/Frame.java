package uz.shaffof.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What every chart has around its plot: the title block at the top (title, subtitle, unit), the footer
 * (notes and the source line) and, when there are several series, a legend. Lines are wrapped here with
 * {@link TextMetrics}, not by ECharts, so the plot area can be placed exactly below the text.
 */
final class Frame {
    private static final int TEXT_WIDTH = ChartStyle.WIDTH - 2 * ChartStyle.PAD;

    private final List<String> titleLines;
    private final List<String> subtitleLines;
    private final List<String> footerLines;
    private final int headerHeight;
    private final int footerHeight;

    Frame(TextMetrics metrics, ChartSpec spec, ChartWords words, List<String> notes) {
        titleLines = metrics.wrap(spec.title(), ChartStyle.TITLE_PX, true, TEXT_WIDTH);
        List<String> sub = new ArrayList<>();
        if (!spec.subtitle().isBlank()) sub.addAll(metrics.wrap(spec.subtitle(), ChartStyle.SUBTITLE_PX, false, TEXT_WIDTH));
        if (!spec.unit().isBlank()) {
            sub.addAll(metrics.wrap(words.unitPrefix() + spec.unit(), ChartStyle.SUBTITLE_PX, false, TEXT_WIDTH));
        }
        subtitleLines = List.copyOf(sub);
        List<String> foot = new ArrayList<>();
        for (String note : notes) foot.addAll(metrics.wrap(note, ChartStyle.SOURCE_PX, false, TEXT_WIDTH));
        if (!spec.sourceLine().isBlank()) foot.addAll(metrics.wrap(spec.sourceLine(), ChartStyle.SOURCE_PX, false, TEXT_WIDTH));
        footerLines = List.copyOf(foot);
        headerHeight = ChartStyle.PAD + titleLines.size() * ChartStyle.TITLE_LINE
                + (subtitleLines.isEmpty() ? 0 : 6 + subtitleLines.size() * ChartStyle.SUBTITLE_LINE) + 12;
        footerHeight = footerLines.isEmpty() ? ChartStyle.PAD : 12 + footerLines.size() * ChartStyle.SOURCE_LINE + 10;
    }

    int headerHeight() {
        return headerHeight;
    }

    int footerHeight() {
        return footerHeight;
    }

    /** The option parts every chart shares: fonts, palette, decals, tooltip, title and footer. */
    ObjectNode baseOption() {
        ObjectNode option = ChartJson.object();
        option.put("animation", false);
        ObjectNode aria = option.putObject("aria");
        aria.put("enabled", true);
        aria.putObject("label").put("enabled", false);
        aria.putObject("decal").put("show", true);
        ArrayNode colors = option.putArray("color");
        ChartStyle.PALETTE.forEach(colors::add);
        option.putObject("textStyle")
                .put("fontFamily", ChartStyle.FONT_FAMILY)
                .put("fontSize", ChartStyle.LABEL_PX)
                .put("color", ChartStyle.TEXT);
        option.putObject("tooltip").put("trigger", "item").put("renderMode", "richText").put("confine", true);
        ArrayNode titles = option.putArray("title");
        ObjectNode main = titles.addObject()
                .put("left", ChartStyle.PAD)
                .put("top", ChartStyle.PAD)
                .put("padding", 0)
                .put("itemGap", 6)
                .put("text", String.join("\n", titleLines))
                .put("subtext", String.join("\n", subtitleLines));
        main.putObject("textStyle").put("fontSize", ChartStyle.TITLE_PX).put("fontWeight", "bold")
                .put("lineHeight", ChartStyle.TITLE_LINE).put("color", ChartStyle.TEXT);
        main.putObject("subtextStyle").put("fontSize", ChartStyle.SUBTITLE_PX)
                .put("lineHeight", ChartStyle.SUBTITLE_LINE).put("color", ChartStyle.MUTED);
        if (!footerLines.isEmpty()) {
            ObjectNode footer = titles.addObject()
                    .put("left", ChartStyle.PAD)
                    .put("bottom", 10)
                    .put("padding", 0)
                    .put("text", String.join("\n", footerLines));
            footer.putObject("textStyle").put("fontSize", ChartStyle.SOURCE_PX).put("fontWeight", "normal")
                    .put("lineHeight", ChartStyle.SOURCE_LINE).put("color", ChartStyle.MUTED);
        }
        return option;
    }

    /** A legend at {@code top} for the named entries; returns its height (0 when there is none). */
    static int legend(ObjectNode option, TextMetrics metrics, List<String> names, int top) {
        if (names.isEmpty()) return 0;
        ObjectNode legend = option.putObject("legend")
                .put("top", top)
                .put("left", ChartStyle.PAD)
                .put("right", ChartStyle.PAD)
                .put("padding", 0)
                .put("itemGap", 16)
                .put("itemWidth", 16)
                .put("itemHeight", 12)
                .put("icon", "rect");
        legend.putObject("textStyle").put("fontSize", ChartStyle.LABEL_PX).put("color", ChartStyle.TEXT);
        ArrayNode data = legend.putArray("data");
        names.forEach(data::add);
        return legendRows(metrics, names) * ChartStyle.LEGEND_ROW + 6;
    }

    /** How many rows ECharts' plain legend needs for these entries (icon, 5 px gap, text, item gap). */
    private static int legendRows(TextMetrics metrics, List<String> names) {
        int rows = 1;
        double x = 0;
        for (String name : names) {
            double item = 16 + 5 + metrics.width(name, ChartStyle.LABEL_PX, false);
            if (x > 0 && x + item > TEXT_WIDTH) {
                rows++;
                x = 0;
            }
            x += item + 16;
        }
        return rows;
    }
}
