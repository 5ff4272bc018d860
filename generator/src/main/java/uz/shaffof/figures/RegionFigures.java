package uz.shaffof.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.content.Region;

/**
 * Builds the region profiles and the indicator comparisons from the series: both rank a region among the
 * regions that have a value in the same year, so the profile and the indicator page always agree.
 */
final class RegionFigures {
    private final List<Region> regions;
    private final List<String> codes;
    private final StatedCheck stated;

    RegionFigures(List<Region> regions, StatedCheck stated) {
        this.regions = List.copyOf(regions);
        this.codes = regions.stream().map(Region::code).toList();
        this.stated = stated;
    }

    List<RegionProfile> profiles(List<IndicatorSeries> indicators) {
        // Ranks per indicator and year, computed once and shared by all fourteen profiles.
        Map<String, Map<Integer, Map<String, Rank>>> ranks = new HashMap<>();
        List<RegionProfile> out = new ArrayList<>();
        for (Region region : regions) {
            List<ProfileEntry> entries = new ArrayList<>();
            for (IndicatorSeries is : indicators) {
                entries.add(entry(is, region.code(), ranks.computeIfAbsent(is.id(), id -> new HashMap<>())));
            }
            out.add(new RegionProfile(region, entries));
        }
        return out;
    }

    private ProfileEntry entry(IndicatorSeries is, String code, Map<Integer, Map<String, Rank>> ranksByYear) {
        Series series = is.series(code);
        Point latest = series.latest().orElse(null);
        if (latest == null) return new ProfileEntry(is.indicator(), series, null, null, null, null);
        Rank rank = ranksByYear.computeIfAbsent(latest.year(), y -> ranks(is, y)).get(code);
        return new ProfileEntry(is.indicator(), series, latest, series.latestChange().orElse(null), rank,
                stated.forIndicator(is.id(), code, latest.year()).orElse(null));
    }

    private Map<String, Rank> ranks(IndicatorSeries is, int year) {
        Map<String, Rank> out = new HashMap<>();
        for (Ranking.Ranked r : is.ranked(year, codes)) out.put(r.key(), r.rank());
        return out;
    }

    List<IndicatorComparison> comparisons(List<IndicatorSeries> indicators) {
        return indicators.stream().map(this::comparison).toList();
    }

    private IndicatorComparison comparison(IndicatorSeries is) {
        List<Series> trend = codes.stream().map(is::series).toList();
        Integer year = is.latestYear(codes);
        if (year == null) {
            return new IndicatorComparison(is.indicator(), null, List.of(), regions, trend, is.national());
        }
        Map<String, Region> byCode = new HashMap<>();
        regions.forEach(r -> byCode.put(r.code(), r));
        List<ComparisonRow> rows = new ArrayList<>();
        for (Ranking.Ranked r : is.ranked(year, codes)) {
            Series s = is.series(r.key());
            Point p = s.at(year).orElseThrow();
            Change change = s.before(year).map(prev -> Change.between(prev, p)).orElse(null);
            rows.add(new ComparisonRow(byCode.get(r.key()), p, r.rank(), change,
                    stated.forIndicator(is.id(), r.key(), year).orElse(null)));
        }
        List<Region> noData = regions.stream().filter(r -> is.series(r.code()).at(year).isEmpty()).toList();
        return new IndicatorComparison(is.indicator(), year, rows, noData, trend, is.national());
    }
}
