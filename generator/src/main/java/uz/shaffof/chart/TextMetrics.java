package uz.shaffof.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text widths from the advance table of DejaVu Sans ({@code chart/dejavu-sans-advances.tsv}), the font
 * that heads the charts' font stack. The same table is handed to ECharts' {@code measureText}, so the Java
 * side (wrapping titles, sizing margins, tests) and ECharts agree to the pixel. DejaVu Sans is wider than
 * the usual system-ui fonts, so text measured here never comes out too long in a reader's browser.
 * Kerning is ignored, which errs the same safe way.
 */
final class TextMetrics {
    static final String RESOURCE = "/chart/dejavu-sans-advances.tsv";
    static final int UNITS_PER_EM = 2048;

    private final Map<Integer, Integer> regular;
    private final Map<Integer, Integer> bold;

    private TextMetrics(Map<Integer, Integer> regular, Map<Integer, Integer> bold) {
        this.regular = Map.copyOf(regular);
        this.bold = Map.copyOf(bold);
    }

    static TextMetrics dejaVuSans() {
        Map<Integer, Integer> regular = new TreeMap<>();
        Map<Integer, Integer> bold = new TreeMap<>();
        for (String line : Resources.text(RESOURCE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            int cp = Integer.parseInt(cells[0], 16);
            regular.put(cp, Integer.parseInt(cells[1]));
            bold.put(cp, Integer.parseInt(cells[2]));
        }
        return new TextMetrics(regular, bold);
    }

    /** Width in px of {@code text} (one line) at {@code px} font size. Unknown characters count one em. */
    double width(String text, double px, boolean isBold) {
        Map<Integer, Integer> table = isBold ? bold : regular;
        long units = text.codePoints().mapToLong(cp -> table.getOrDefault(cp, UNITS_PER_EM)).sum();
        return units * px / UNITS_PER_EM;
    }

    /** Greedy word wrap to {@code maxWidth} px; a word longer than a line is split between letters. */
    List<String> wrap(String text, double px, boolean isBold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, px, isBold) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) lines.add(line.toString());
                line.setLength(0);
                line.append(splitLongWord(word, px, isBold, maxWidth, lines));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String splitLongWord(String word, double px, boolean isBold, double maxWidth, List<String> lines) {
        String rest = word;
        while (width(rest, px, isBold) > maxWidth && rest.codePointCount(0, rest.length()) > 1) {
            int end = rest.offsetByCodePoints(0, 1);
            while (end < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(end, 1)), px, isBold) <= maxWidth) {
                end = rest.offsetByCodePoints(end, 1);
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return rest;
    }

    /** The table as the JSON that {@code ssr-render.js} installs as ECharts' measureText. */
    String toJson() {
        StringBuilder out = new StringBuilder("{\"unitsPerEm\":").append(UNITS_PER_EM)
                .append(",\"fallback\":").append(UNITS_PER_EM);
        appendTable(out.append(",\"regular\":"), regular);
        appendTable(out.append(",\"bold\":"), bold);
        return out.append('}').toString();
    }

    private static void appendTable(StringBuilder out, Map<Integer, Integer> table) {
        out.append('{');
        new TreeMap<>(table).forEach((cp, advance) -> out.append('"').append(cp).append("\":").append(advance).append(','));
        out.setCharAt(out.length() - 1, '}');
    }
}
