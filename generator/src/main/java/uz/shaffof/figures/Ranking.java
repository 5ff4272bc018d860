package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uz.shaffof.content.Better;

/**
 * Competition ranking ("1224") of keyed values: best first by the indicator's direction ({@link Better#LOWER}
 * ascending; {@link Better#HIGHER} and {@link Better#NEITHER} descending, so for NEITHER the rank is by size,
 * not merit). Equal values (by {@code compareTo}, so 1.0 equals 1.00) share a position; ties are listed by key
 * so the order is stable.
 */
final class Ranking {
    private Ranking() {}

    /** One ranked value. */
    record Ranked(String key, BigDecimal value, Rank rank) {}

    static List<Ranked> rank(Map<String, BigDecimal> values, Better better) {
        Comparator<BigDecimal> byValue = better == Better.LOWER
                ? Comparator.naturalOrder()
                : Comparator.<BigDecimal>reverseOrder();
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue(byValue).thenComparing(Map.Entry.comparingByKey()));
        int n = sorted.size();
        List<Ranked> out = new ArrayList<>(n);
        int position = 1;
        for (int i = 0; i < n; i++) {
            BigDecimal v = sorted.get(i).getValue();
            if (i > 0 && v.compareTo(sorted.get(i - 1).getValue()) != 0) position = i + 1;
            boolean tied = (i > 0 && v.compareTo(sorted.get(i - 1).getValue()) == 0)
                    || (i + 1 < n && v.compareTo(sorted.get(i + 1).getValue()) == 0);
            out.add(new Ranked(sorted.get(i).getKey(), v, new Rank(position, n, tied)));
        }
        return List.copyOf(out);
    }
}
