package uz.shaffof.figures;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Region;

/**
 * What the indicator page shows: all regions compared in {@code year}, the latest year in which any region has
 * data ({@code null} when none has any), best first with ranks ({@code ranked}); the regions without a value in
 * that year, in content order ({@code noData}); and the trend, one series per region in content order (empty
 * series for regions without data, so a chart keeps its gaps), plus the whole country's series.
 */
public record IndicatorComparison(Indicator indicator, Integer year, List<ComparisonRow> ranked, List<Region> noData,
                                  List<Series> trend, Series national) {
    public IndicatorComparison {
        Objects.requireNonNull(indicator, "indicator must not be null");
        ranked = List.copyOf(ranked);
        noData = List.copyOf(noData);
        trend = List.copyOf(trend);
        Objects.requireNonNull(national, "national must not be null");
    }

    /** Every year with data in any region or nationally, ascending: the x axis of the trend chart. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(national.years());
        trend.forEach(s -> years.addAll(s.years()));
        return List.copyOf(years);
    }

    /** False when no region has any data for the indicator. */
    public boolean hasData() {
        return year != null;
    }
}
