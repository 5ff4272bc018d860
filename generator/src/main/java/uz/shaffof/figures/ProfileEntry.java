package uz.shaffof.figures;

import java.util.Objects;
import uz.shaffof.content.Indicator;

/**
 * One line of a region profile: an indicator's latest value for the region (with its year, qualifier and
 * citation inside {@link Point}), the change since the previous year with data, the rank among regions in that
 * year, and the full series for a sparkline. When the region has no data, {@code latest}, {@code change} and
 * {@code rank} are {@code null} and the page says "no data" (never 0). {@code change} is also {@code null} with
 * a single year of data; {@code discrepancy} is set when the source states a different figure for that year.
 */
public record ProfileEntry(Indicator indicator, Series series, Point latest, Change change, Rank rank,
                           Discrepancy discrepancy) {
    public ProfileEntry {
        Objects.requireNonNull(indicator, "indicator must not be null");
        Objects.requireNonNull(series, "series must not be null");
    }

    /** False when the region has no figure for this indicator in any year. */
    public boolean hasData() {
        return latest != null;
    }
}
