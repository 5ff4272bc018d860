package uz.shaffof.chart;

import uz.shaffof.i18n.CaseSuffix;
import uz.shaffof.i18n.UzbekFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a chart's accessible name ("Chiziqli diagramma: …") and a short description of what it shows, in
 * the edition's script: for a series over years, how it changed from the first year with data to the last;
 * otherwise its highest and lowest category; for a pie, the largest share; always which categories have no
 * data. Derived figures (differences, percentages) are computed here from the exact values.
 */
final class DescriptionWriter {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MAX_SERIES = 6;

    /** The two texts. */
    record Texts(String ariaLabel, String description) {}

    Texts describe(ChartSpec spec, List<String> categoryNames) {
        ChartWords words = ChartWords.of(spec.script());
        String aria = words.kindName(spec.kind()) + ": " + spec.title();
        List<String> sentences = new ArrayList<>();
        boolean overYears = spec.kind() != ChartKind.PIE && spec.kind() != ChartKind.TILE_MAP
                && spec.kind() != ChartKind.HORIZONTAL_BAR
                && categoryNames.stream().allMatch(c -> YEAR.matcher(c).matches());
        List<Series> shown = spec.series().subList(0, Math.min(MAX_SERIES, spec.series().size()));
        for (Series s : shown) {
            String sentence = spec.kind() == ChartKind.PIE ? share(spec, s, categoryNames, words)
                    : overYears ? trend(spec, s, categoryNames, words)
                    : extremes(spec, s, categoryNames, words);
            if (sentence != null) sentences.add(prefix(spec, s) + sentence);
        }
        String missing = missing(spec, categoryNames, words);
        if (missing != null) sentences.add(missing);
        if (!spec.sourceLine().isBlank()) sentences.add(spec.sourceLine().strip());
        return new Texts(aria, String.join(" ", sentences).strip());
    }

    private static String prefix(ChartSpec spec, Series s) {
        return s.name().isBlank() ? "" : s.name().strip() + ": ";
    }

    private static String trend(ChartSpec spec, Series s, List<String> names, ChartWords words) {
        int first = firstIndex(s);
        int last = lastIndex(s);
        if (first < 0) return null;
        if (first == last) return year(names.get(first), words) + " " + amount(spec, s, first) + ".";
        BigDecimal a = s.values().get(first);
        BigDecimal b = s.values().get(last);
        int cmp = b.compareTo(a);
        if (cmp == 0) {
            return year(names.get(first), words) + " " + words.both() + ", " + year(names.get(last), words) + " "
                    + words.both() + " " + amount(spec, a) + " (" + words.unchanged() + ").";
        }
        // The change is computed from the unrounded figures and rounded once, to the published precision.
        BigDecimal exactA = s.exact().get(first);
        BigDecimal exactB = s.exact().get(last);
        BigDecimal diff = exactB.subtract(exactA).setScale(Math.max(a.scale(), b.scale()), RoundingMode.HALF_UP);
        String change = (diff.signum() > 0 ? "+" : "") + UzbekFormat.number(diff);
        if (exactA.signum() != 0) {
            BigDecimal pct = exactB.subtract(exactA).multiply(BigDecimal.valueOf(100))
                    .divide(exactA.abs(), 1, RoundingMode.HALF_UP);
            change += "; " + (pct.signum() > 0 ? "+" : "") + UzbekFormat.number(pct) + "%";
        }
        return year(names.get(first), words) + " " + CaseSuffix.attach(amount(spec, s, first), words.from()) + " "
                + year(names.get(last), words) + " " + CaseSuffix.attach(amount(spec, s, last), words.to()) + " "
                + (cmp > 0 ? words.increased() : words.decreased()) + " (" + change + ").";
    }

    private static String extremes(ChartSpec spec, Series s, List<String> names, ChartWords words) {
        int hi = -1;
        int lo = -1;
        for (int i = 0; i < s.values().size(); i++) {
            BigDecimal v = s.values().get(i);
            if (v == null) continue;
            if (hi < 0 || v.compareTo(s.values().get(hi)) > 0) hi = i;
            if (lo < 0 || v.compareTo(s.values().get(lo)) < 0) lo = i;
        }
        if (hi < 0) return null;
        String high = words.highest() + ": " + names.get(hi) + " (" + amount(spec, s, hi) + ")";
        if (hi == lo) return high + ".";
        return high + ", " + words.lowest() + ": " + names.get(lo) + " (" + amount(spec, s, lo) + ").";
    }

    private static String share(ChartSpec spec, Series s, List<String> names, ChartWords words) {
        BigDecimal total = s.values().stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        int top = -1;
        for (int i = 0; i < s.values().size(); i++) {
            BigDecimal v = s.values().get(i);
            if (v != null && (top < 0 || v.compareTo(s.values().get(top)) > 0)) top = i;
        }
        if (top < 0) return null;
        BigDecimal v = s.values().get(top);
        return words.largestShare() + ": " + names.get(top) + " (" + amount(spec, v) + "; "
                + PieOption.percent(v, total) + "%), " + words.total() + ": " + amount(spec, total) + ".";
    }

    private static String missing(ChartSpec spec, List<String> names, ChartWords words) {
        List<String> parts = new ArrayList<>();
        for (Series s : spec.series()) {
            List<String> gaps = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) if (s.values().get(i) == null) gaps.add(names.get(i));
            if (gaps.isEmpty()) continue;
            String list = String.join(", ", gaps);
            parts.add(spec.series().size() > 1 ? s.name() + " \u2014 " + list : list);
        }
        return parts.isEmpty() ? null : PieOption.capitalised(words.noData()) + ": " + String.join("; ", parts) + ".";
    }

    private static String year(String category, ChartWords words) {
        return category + words.yearSuffix();
    }

    /** Value {@code i} of a series with its unit, or as the page qualifies it ("630 000 nafardan ortiq"). */
    private static String amount(ChartSpec spec, Series s, int i) {
        String qualified = s.qualified().get(i);
        return qualified != null ? qualified : amount(spec, s.values().get(i));
    }

    private static String amount(ChartSpec spec, BigDecimal v) {
        String unit = spec.unit().strip();
        if (unit.isEmpty()) return UzbekFormat.number(v);
        return UzbekFormat.number(v) + (unit.equals("%") ? "" : " ") + unit;
    }

    private static int firstIndex(Series s) {
        for (int i = 0; i < s.values().size(); i++) if (s.values().get(i) != null) return i;
        return -1;
    }

    private static int lastIndex(Series s) {
        for (int i = s.values().size() - 1; i >= 0; i--) if (s.values().get(i) != null) return i;
        return -1;
    }
}
