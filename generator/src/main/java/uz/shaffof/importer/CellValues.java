package uz.shaffof.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.shaffof.content.Qualifier;

/**
 * Reads one figure cell the way the editor means it. Empty, {@code –}, {@code -}, {@code н/д},
 * {@code maʼlumot yoʻq} mean "no figure" (never 0). Numbers come with spaces or no-break spaces between thousands
 * ({@code 12 572}) and a decimal comma or point ({@code 85,7}, {@code 85.7}, {@code 1 234,5}); a comma followed by
 * exactly three digits and nothing else ({@code 12,572}) could be either and is reported. Words around the number that
 * say "more than", "about", "at least" or "less than" become the observation's qualifier ({@code 630 000 dan ortiq},
 * {@code >630000}, {@code ~700}); any other text is reported, never dropped.
 */
public final class CellValues {
    private static final Set<String> NO_FIGURE = Set.of("", "-", "–", "—", "−", "н/д", "n/a", "х", "x", "...", "…",
            NameKey.of("maʼlumot yoʻq"), NameKey.of("маълумот йўқ"), NameKey.of("нет данных"), NameKey.of("нет"));

    /** Words (in {@link NameKey} form) before or after the number, and what they say about it. */
    private record Marker(String words, Qualifier qualifier) {}

    private static final List<Marker> BEFORE = markers(
            ">=", Qualifier.AT_LEAST, "≥", Qualifier.AT_LEAST, "не менее", Qualifier.AT_LEAST, "kamida", Qualifier.AT_LEAST,
            "камида", Qualifier.AT_LEAST, "at least", Qualifier.AT_LEAST,
            ">", Qualifier.MORE_THAN, "более", Qualifier.MORE_THAN, "свыше", Qualifier.MORE_THAN,
            "больше", Qualifier.MORE_THAN, "more than", Qualifier.MORE_THAN, "over", Qualifier.MORE_THAN,
            "<=", null, "≤", null, "<", Qualifier.LESS_THAN, "менее", Qualifier.LESS_THAN, "less than", Qualifier.LESS_THAN,
            "~", Qualifier.ABOUT, "≈", Qualifier.ABOUT, "около", Qualifier.ABOUT, "примерно", Qualifier.ABOUT,
            "taxminan", Qualifier.ABOUT, "тахминан", Qualifier.ABOUT, "about", Qualifier.ABOUT, "ca.", Qualifier.ABOUT);
    private static final List<Marker> AFTER = markers(
            "dan kam emas", Qualifier.AT_LEAST, "дан кам эмас", Qualifier.AT_LEAST,
            "dan ortiq", Qualifier.MORE_THAN, "дан ортиқ", Qualifier.MORE_THAN, "dan koʻp", Qualifier.MORE_THAN,
            "дан кўп", Qualifier.MORE_THAN, "+", Qualifier.MORE_THAN,
            "dan kam", Qualifier.LESS_THAN, "дан кам", Qualifier.LESS_THAN,
            "ga yaqin", Qualifier.ABOUT, "га яқин", Qualifier.ABOUT);

    /** Digits with optional group separators (space, no-break space, thin space) and one decimal comma or point. */
    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d[\\d \\u00A0\\u202F\\u2009.,]*");

    private CellValues() {}

    /** What a cell gives: nothing, a figure, or a problem to report. */
    public sealed interface Reading permits NoFigure, Figure, Invalid {}

    public record NoFigure() implements Reading {}

    public record Figure(BigDecimal value, Qualifier qualifier) implements Reading {}

    public record Invalid(String message) implements Reading {}

    /** Reads {@code cell}; {@code percentUnit} says whether the indicator's unit is a percentage. */
    public static Reading read(Grid.Cell cell, boolean percentUnit) {
        if (cell == null || cell.isBlank()) return new NoFigure();
        if (cell.number() != null) {
            if (!cell.percentFormat()) return new Figure(cell.number(), Qualifier.EXACT);
            if (!percentUnit) return new Invalid("the cell is formatted as a percentage, but the indicator's unit is not percent");
            return new Figure(scaled(cell.number().movePointRight(2)), Qualifier.EXACT);
        }
        return readText(cell.text(), percentUnit);
    }

    static Reading readText(String text, boolean percentUnit) {
        String trimmed = text.strip();
        if (trimmed.startsWith("=")) {
            return new Invalid("a formula without its result (" + trimmed + "): open the file in Excel and save it again");
        }
        if (NO_FIGURE.contains(NameKey.of(trimmed)) || NO_FIGURE.contains(trimmed)) return new NoFigure();
        Matcher m = NUMBER.matcher(trimmed);
        if (!m.find()) return new Invalid("\"" + text + "\" is not a number");
        String before = trimmed.substring(0, m.start()).strip();
        String after = trimmed.substring(m.end()).strip();
        if (after.startsWith("%")) {
            if (!percentUnit) return new Invalid("\"" + text + "\" is a percentage, but the indicator's unit is not percent");
            after = after.substring(1).strip();
        }
        Qualifier fromBefore = qualifier(before, BEFORE);
        Qualifier fromAfter = qualifier(after, AFTER);
        if (fromBefore == null && !before.isEmpty() || fromAfter == null && !after.isEmpty()) {
            return new Invalid("\"" + text + "\": text around the number that says neither \"more than\", \"about\", "
                    + "\"at least\" nor \"less than\"; write the number alone, or the source's words for these");
        }
        if (fromBefore != Qualifier.EXACT && fromAfter != Qualifier.EXACT) {
            return new Invalid("\"" + text + "\": two qualifiers for one number");
        }
        Qualifier qualifier = fromBefore != Qualifier.EXACT ? fromBefore : fromAfter;
        String digits = m.group().strip();
        BigDecimal value = number(digits);
        if (value == null) {
            return new Invalid("\"" + text + "\" is ambiguous: is the comma a decimal sign or a thousands separator? "
                    + "Write 12572 or 12.572");
        }
        return new Figure(value, qualifier);
    }

    /** EXACT for no words, the marker's qualifier, or null when the words are not a known marker. */
    private static Qualifier qualifier(String words, List<Marker> markers) {
        if (words.isEmpty()) return Qualifier.EXACT;
        String key = NameKey.of(words);
        for (Marker mk : markers) if (mk.words().equals(key)) return mk.qualifier();
        return null;
    }

    /** The number in {@code s}, or null when its separators are ambiguous or malformed. */
    static BigDecimal number(String s) {
        String t = s.replace('−', '-').replaceAll("[ \\u00A0\\u202F\\u2009]", "");
        int comma = t.lastIndexOf(','), dot = t.lastIndexOf('.');
        String plain;
        if (comma >= 0 && dot >= 0) {
            // Both: the last one is the decimal sign, the other groups thousands (1.234,5 or 1,234.5).
            char decimal = comma > dot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            String whole = t.substring(0, Math.max(comma, dot));
            if (whole.indexOf(decimal) >= 0 || !groupedInThrees(whole, group)) return null;
            plain = whole.replace(String.valueOf(group), "") + "." + t.substring(Math.max(comma, dot) + 1);
        } else if (comma >= 0) {
            if (t.indexOf(',') != comma) plain = groupedInThrees(t, ',') ? t.replace(",", "") : null;
            else if (couldGroupThousands(t, comma) && !s.matches(".*[ \u00A0\u202F\u2009].*")) plain = null;
            else plain = t.replace(',', '.');
        } else if (dot >= 0 && t.indexOf('.') != dot) {
            plain = groupedInThrees(t, '.') ? t.replace(".", "") : null;
        } else {
            plain = t;
        }
        if (plain == null || plain.endsWith(".") || plain.startsWith(".")) return null;
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 12,572}: three digits after the only comma, after 1–3 digits that are not a lone 0. */
    private static boolean couldGroupThousands(String t, int comma) {
        String whole = t.substring(t.startsWith("-") ? 1 : 0, comma);
        return t.length() - comma - 1 == 3 && whole.length() <= 3 && !whole.equals("0");
    }

    private static boolean groupedInThrees(String s, char group) {
        String[] parts = s.replace("-", "").split(Pattern.quote(String.valueOf(group)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) return false;
        for (int i = 1; i < parts.length; i++) if (parts[i].length() != 3) return false;
        return true;
    }

    private static BigDecimal scaled(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static List<Marker> markers(Object... pairs) {
        List<Marker> out = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new Marker(NameKey.of((String) pairs[i]).toLowerCase(Locale.ROOT), (Qualifier) pairs[i + 1]));
        }
        return List.copyOf(out);
    }
}
