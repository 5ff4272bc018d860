package uz.shaffof.figures;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's values for one region (or the whole country when {@code region} is {@code null}), one
 * {@link Point} per year with data, in year order. A year without data has no point: it is never 0.
 *
 * <pre><code>figures.series("broadband-subscribers", "UZ-AN").at(2016).map(Point::value)</code></pre>
 */
public record Series(String indicatorId, String region, List<Point> points) {
    public Series {
        points = points.stream().sorted(Comparator.comparingInt(Point::year)).toList();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() == points.get(i - 1).year()) {
                throw new IllegalArgumentException("two points for year " + points.get(i).year() + " of "
                        + indicatorId + " in " + region);
            }
        }
    }

    /** A series with no data at all. */
    public static Series empty(String indicatorId, String region) {
        return new Series(indicatorId, region, List.of());
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The value of a year, if there is one. */
    public Optional<Point> at(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst();
    }

    /** The most recent point, if any. */
    public Optional<Point> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }

    /** The most recent point before {@code year} (not necessarily the year before), if any. */
    public Optional<Point> before(int year) {
        Point found = null;
        for (Point p : points) {
            if (p.year() < year) found = p;
        }
        return Optional.ofNullable(found);
    }

    /** The years with data, ascending. */
    public List<Integer> years() {
        return points.stream().map(Point::year).toList();
    }

    /**
     * The change from the previous point with data to the latest one; empty with fewer than two points.
     */
    public Optional<Change> latestChange() {
        return latest().flatMap(to -> before(to.year()).map(from -> Change.between(from, to)));
    }
}
