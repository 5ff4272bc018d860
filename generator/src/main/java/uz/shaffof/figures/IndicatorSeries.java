package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import uz.shaffof.content.Indicator;

/**
 * Every series of one indicator: per region code (sorted), and the whole country's ({@code national}, empty when
 * the content gives no national figure). For a derived indicator the series hold the computed shares.
 */
public record IndicatorSeries(Indicator indicator, Map<String, Series> byRegion, Series national) {
    public IndicatorSeries {
        Objects.requireNonNull(indicator, "indicator must not be null");
        byRegion = Collections.unmodifiableMap(new TreeMap<>(byRegion));
        Objects.requireNonNull(national, "national must not be null");
    }

    public String id() {
        return indicator.id();
    }

    /** The series of a region; an empty series when it has no data. */
    public Series series(String region) {
        return byRegion.getOrDefault(region, Series.empty(indicator.id(), region));
    }

    /** The latest year in which any of the given regions has a value; {@code null} when none has any. */
    Integer latestYear(List<String> regions) {
        Integer latest = null;
        for (String r : regions) {
            for (Point p : series(r).points()) {
                if (latest == null || p.year() > latest) latest = p.year();
            }
        }
        return latest;
    }

    /**
     * The given regions that have a value in {@code year}, ranked best first by their unrounded values (a share
     * of 37.66% ranks above one of 37.65%, though both are published as 37.7%).
     */
    List<Ranking.Ranked> ranked(int year, List<String> regions) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String r : regions) {
            series(r).at(year).ifPresent(p -> values.put(r, p.exactValue()));
        }
        return Ranking.rank(values, indicator.better());
    }
}
