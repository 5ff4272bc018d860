package uz.shaffof.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Numbers and dates as Uzbek writes them, in each edition: {@code 12 572}, {@code 85,7},
 * {@code 2016-yil 15-dekabr} / {@code 2016 йил 15 декабрь}. Written by hand rather than with
 * {@link java.text.NumberFormat}: the JDK's Uzbek data differs between JDK versions and the default locale must
 * never leak in, and a number must print exactly as the source wrote it (no rounding, no exponent).
 */
public final class UzbekFormat {
    /**
     * Groups of three digits are separated by a no-break space (U+00A0), so that a figure never breaks across
     * lines on a phone; the decimal separator is a comma.
     */
    public static final char GROUP_SEPARATOR = '\u00A0';

    private static final List<String> MONTHS_LATN = List.of("yanvar", "fevral", "mart", "aprel", "may", "iyun",
            "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr");
    private static final List<String> MONTHS_CYRL = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
            "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");

    private UzbekFormat() {}

    /** The exact value, grouped: {@code 12572 -> "12 572"}, {@code 85.7 -> "85,7"}, {@code -0.50 -> "−0,50"}. */
    public static String number(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        if (value.signum() < 0) out.append('\u2212');
        int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, firstGroup);
        for (int i = firstGroup; i < whole.length(); i += 3) {
            out.append(GROUP_SEPARATOR).append(whole, i, i + 3);
        }
        if (!fraction.isEmpty()) out.append(',').append(fraction);
        return out.toString();
    }

    /** A signed number for changes: {@code +8,2}, {@code −3}, {@code 0}. */
    public static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + number(value) : number(value);
    }

    /** A full date: {@code 2016-yil 15-dekabr} (Latin rules put a hyphen after the numeral) or {@code 2016 йил 15 декабрь}. */
    public static String date(LocalDate date, Edition edition) {
        int m = date.getMonthValue() - 1;
        return edition == Edition.LATN
                ? date.getYear() + "-yil " + date.getDayOfMonth() + "-" + MONTHS_LATN.get(m)
                : date.getYear() + " йил " + date.getDayOfMonth() + " " + MONTHS_CYRL.get(m);
    }

    /** A year as a label: {@code 2016-yil} / {@code 2016 йил}. */
    public static String year(int year, Edition edition) {
        return edition == Edition.LATN ? year + "-yil" : year + " йил";
    }

    /** The machine-readable date for {@code <time datetime>} and feeds. */
    public static String iso(LocalDate date) {
        return date.toString();
    }
}
