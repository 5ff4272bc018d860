package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uz.shaffof.content.Portal;
import uz.shaffof.content.PortalFigure;
import uz.shaffof.problem.Problems;

/**
 * The Single Portal page's figures: one {@link PortalRow} per region and year, the whole country's rows first,
 * then by region code and year.
 *
 * <pre><code>figures.portal().row("UZ-AN", 2016).map(PortalRow::lateSharePercent)</code></pre>
 */
public record PortalStats(List<PortalRow> rows) {
    private static final Comparator<String> REGION = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<PortalRow> ORDER = Comparator.comparing(PortalRow::region, REGION)
            .thenComparingInt(PortalRow::year);

    public PortalStats {
        rows = rows.stream().sorted(ORDER).toList();
    }

    /** Computes the rows of the portal's figures; {@code portal} may be {@code null} (no portal data). */
    static PortalStats of(Portal portal, Problems problems) {
        if (portal == null) return new PortalStats(List.of());
        Map<String, PortalFigure> unique = new HashMap<>();
        List<PortalFigure> figures = new ArrayList<>();
        for (PortalFigure f : portal.figures()) {
            PortalFigure first = unique.putIfAbsent(f.region() + "|" + f.year(), f);
            if (first != null) {
                problems.error(f.pos(), "second Single Portal figure for " + Describe.region(f.region()) + " "
                        + f.year() + " (the first is at " + first.pos() + ")");
            } else {
                figures.add(f);
                checkLate(f, problems);
            }
        }
        figures.sort(Comparator.comparing(PortalFigure::region, REGION).thenComparingInt(PortalFigure::year));
        List<PortalRow> rows = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) rows.add(row(figures, i));
        return new PortalStats(rows);
    }

    private static void checkLate(PortalFigure f, Problems problems) {
        if (f.late() != null && f.received() != null && f.late().compareTo(f.received()) > 0) {
            problems.warning(f.pos(), "Single Portal figure for " + Describe.region(f.region()) + " " + f.year()
                    + ": " + Describe.number(f.late()) + " reviewed late is more than the "
                    + Describe.number(f.received()) + " received");
        }
    }

    private static PortalRow row(List<PortalFigure> sorted, int i) {
        PortalFigure f = sorted.get(i);
        Change received = changeSince(sorted, i, PortalFigure::received);
        Change lateShare = lateShareChangeSince(sorted, i);
        return new PortalRow(f.region(), f.year(), f.received(), f.late(), lateShare(f), f.satisfaction(),
                f.satisfactionScale(), received, lateShare, f.citation(), f.pos());
    }

    /** The change of a figure since the same region's latest earlier year that has it. */
    private static Change changeSince(List<PortalFigure> sorted, int i, Function<PortalFigure, BigDecimal> value) {
        PortalFigure cur = sorted.get(i);
        BigDecimal to = value.apply(cur);
        if (to == null) return null;
        for (int j = i - 1; j >= 0 && Objects.equals(sorted.get(j).region(), cur.region()); j--) {
            BigDecimal from = value.apply(sorted.get(j));
            if (from != null) return Change.of(sorted.get(j).year(), from, cur.year(), to, false);
        }
        return null;
    }

    /** The change of the late share, computed from the raw counts rather than from the rounded shares. */
    private static Change lateShareChangeSince(List<PortalFigure> sorted, int i) {
        Change exact = changeSince(sorted, i, PortalStats::exactLateShare);
        if (exact == null) return null;
        PortalFigure from = sorted.stream()
                .filter(f -> Objects.equals(f.region(), sorted.get(i).region()) && f.year() == exact.fromYear())
                .findFirst().orElseThrow();
        return Change.ofShares(exact.fromYear(), lateShare(from), exact.from(), exact.toYear(),
                lateShare(sorted.get(i)), exact.to(), false);
    }

    private static BigDecimal exactLateShare(PortalFigure f) {
        return Rounding.exactSharePercent(f.late(), f.received());
    }

    private static BigDecimal lateShare(PortalFigure f) {
        return Rounding.sharePercent(f.late(), f.received());
    }

    /** The rows of one region ({@code null}: the whole country), by year. */
    public List<PortalRow> forRegion(String region) {
        return rows.stream().filter(r -> Objects.equals(r.region(), region)).toList();
    }

    /** The rows of one year: the whole country first, then by region code. */
    public List<PortalRow> forYear(int year) {
        return rows.stream().filter(r -> r.year() == year).toList();
    }

    /** The row of a region and year, if the source gives one. */
    public Optional<PortalRow> row(String region, int year) {
        return rows.stream().filter(r -> Objects.equals(r.region(), region) && r.year() == year).findFirst();
    }

    /** Every year with a row, ascending. */
    public List<Integer> years() {
        return rows.stream().map(PortalRow::year).distinct().sorted().toList();
    }
}
