package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uz.shaffof.content.Citation;
import uz.shaffof.content.Derivation;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Observation;
import uz.shaffof.content.Qualifier;
import uz.shaffof.problem.Problems;

/**
 * Turns indicators into {@link IndicatorSeries}: raw observations as written, derived indicators computed as
 * {@code numerator / denominator * 100} wherever both exist for the same region and year. A derived indicator
 * with a broken derivation gets empty series and an error, so the build fails rather than publish "no data"
 * where the editor meant a figure.
 */
final class SeriesBuilder {
    private final Map<String, Indicator> byId = new HashMap<>();
    private final Map<String, IndicatorSeries> rawById = new HashMap<>();
    private final Problems problems;

    private SeriesBuilder(Problems problems) {
        this.problems = problems;
    }

    /** The series of every indicator, in the order given; problems go to {@code problems}. */
    static List<IndicatorSeries> build(List<Indicator> indicators, Problems problems) {
        SeriesBuilder b = new SeriesBuilder(problems);
        for (Indicator i : indicators) b.byId.putIfAbsent(i.id(), i);
        // Raw indicators first: derived ones are computed from them, whatever the order of the files.
        for (Indicator i : indicators) {
            if (!i.isDerived()) b.rawById.putIfAbsent(i.id(), b.raw(i));
        }
        return indicators.stream().map(i -> i.isDerived() ? b.derived(i) : b.rawById.get(i.id())).toList();
    }

    private IndicatorSeries raw(Indicator indicator) {
        Map<String, Map<Integer, Point>> byRegion = new TreeMap<>();
        Map<Integer, Point> national = new TreeMap<>();
        Map<String, Observation> seen = new HashMap<>();
        for (Observation o : indicator.observations()) {
            if (o.value() == null) continue; // a figure the source does not give is absent, never 0
            String key = o.region() + "|" + o.year();
            Observation first = seen.putIfAbsent(key, o);
            if (first != null) {
                problems.error(o.pos(), "second figure of " + indicator.id() + " for " + Describe.region(o.region())
                        + " " + o.year() + " (the first is at " + first.pos() + ")");
                continue;
            }
            Point p = new Point(o.year(), o.date(), o.value(), qualifierOf(o), citations(o), null, null, o.note(),
                    o.pos());
            target(byRegion, national, o.region()).put(o.year(), p);
        }
        return assemble(indicator, byRegion, national);
    }

    private IndicatorSeries derived(Indicator indicator) {
        Derivation d = indicator.derivation();
        Optional<IndicatorSeries> num = input(indicator, d.numerator(), "numerator");
        Optional<IndicatorSeries> den = input(indicator, d.denominator(), "denominator");
        if (num.isEmpty() || den.isEmpty()) return assemble(indicator, Map.of(), Map.of());
        Map<String, Map<Integer, Point>> byRegion = new TreeMap<>();
        for (Map.Entry<String, Series> e : num.get().byRegion().entrySet()) {
            Map<Integer, Point> shares = shares(indicator, e.getValue(), den.get().series(e.getKey()));
            if (!shares.isEmpty()) byRegion.put(e.getKey(), shares);
        }
        Map<Integer, Point> national = shares(indicator, num.get().national(), den.get().national());
        return assemble(indicator, byRegion, national);
    }

    /** The raw series a derivation refers to; reports and returns empty when it is missing or itself derived. */
    private Optional<IndicatorSeries> input(Indicator indicator, String id, String role) {
        Indicator input = byId.get(id);
        if (input == null) {
            problems.error(indicator.pos(), "the " + role + " of derived indicator " + indicator.id()
                    + " is \"" + id + "\", which is not an indicator");
            return Optional.empty();
        }
        if (input.isDerived()) {
            // Shares of shares are not meaningful figures; refusing keeps derivations one level deep.
            problems.error(indicator.pos(), "the " + role + " of derived indicator " + indicator.id() + " is "
                    + id + ", which is itself derived; use a raw indicator");
            return Optional.empty();
        }
        return Optional.of(rawById.get(id));
    }

    private Map<Integer, Point> shares(Indicator indicator, Series num, Series den) {
        Map<Integer, Point> out = new TreeMap<>();
        for (Point n : num.points()) {
            Optional<Point> d = den.at(n.year());
            if (d.isEmpty()) continue;
            BigDecimal share = Rounding.sharePercent(n.value(), d.get().value());
            String where = Describe.region(num.region()) + " " + n.year();
            if (share == null) {
                problems.warning(d.get().pos(), "no share " + indicator.id() + " for " + where
                        + ": the denominator " + d.get().value().toPlainString() + " is 0");
                continue;
            }
            if (share.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.warning(n.pos(), "share " + indicator.id() + " for " + where + " is "
                        + share.toPlainString() + "%: the numerator " + n.value().toPlainString()
                        + " exceeds the denominator " + d.get().value().toPlainString());
            }
            List<Citation> cites = new ArrayList<>(n.citations());
            cites.addAll(d.get().citations());
            out.put(n.year(), new Point(n.year(), null, share, combined(n.qualifier(), d.get().qualifier()), cites,
                    n.value(), d.get().value(), null, n.pos()));
        }
        return out;
    }

    /** A share of two exact figures is exact; with any qualified input it is only approximate. */
    private static Qualifier combined(Qualifier a, Qualifier b) {
        return a == Qualifier.EXACT && b == Qualifier.EXACT ? Qualifier.EXACT : Qualifier.ABOUT;
    }

    private static Qualifier qualifierOf(Observation o) {
        return o.qualifier() == null ? Qualifier.EXACT : o.qualifier();
    }

    private static List<Citation> citations(Observation o) {
        return o.citation() == null ? List.of() : List.of(o.citation());
    }

    private static Map<Integer, Point> target(Map<String, Map<Integer, Point>> byRegion, Map<Integer, Point> national,
                                              String region) {
        return region == null ? national : byRegion.computeIfAbsent(region, r -> new TreeMap<>());
    }

    private static IndicatorSeries assemble(Indicator indicator, Map<String, Map<Integer, Point>> byRegion,
                                            Map<Integer, Point> national) {
        Map<String, Series> series = new TreeMap<>();
        byRegion.forEach((r, points) -> series.put(r, new Series(indicator.id(), r, List.copyOf(points.values()))));
        return new IndicatorSeries(indicator, series,
                new Series(indicator.id(), null, List.copyOf(national.values())));
    }
}
