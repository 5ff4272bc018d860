package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.Objects;
import uz.shaffof.content.Better;
import uz.shaffof.content.Qualifier;

/**
 * How a figure changed between two years with data: the absolute change (exact, in the inputs' scale) and the
 * relative change in percent (rounded by {@link Rounding}; {@code null} when {@code from} is 0). For a share, the
 * absolute change is in percentage points. {@code consecutive} is false when years without data lie between
 * ({@code 2014 -> 2016}): pages must name both years rather than say "on the previous year".
 * {@code approximate} is true when either figure is not exact ("more than 700"): the change is then only
 * indicative.
 *
 * <pre><code>Change.of(2015, new BigDecimal("72.3"), 2016, new BigDecimal("80.5"), false)
 *     // absolute 8.2, relativePercent 11.3, consecutive true</code></pre>
 */
public record Change(int fromYear, BigDecimal from, int toYear, BigDecimal to, BigDecimal absolute,
                     BigDecimal relativePercent, boolean consecutive, boolean approximate) {
    public Change {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(absolute, "absolute must not be null");
        if (fromYear >= toYear) {
            throw new IllegalArgumentException("fromYear " + fromYear + " must be before toYear " + toYear);
        }
    }

    /** The change between two figures, computed by the rounding rule. */
    public static Change of(int fromYear, BigDecimal from, int toYear, BigDecimal to, boolean approximate) {
        return new Change(fromYear, from, toYear, to, Rounding.absoluteChange(from, to),
                Rounding.relativeChangePercent(from, to), toYear - fromYear == 1, approximate);
    }

    /**
     * The change between two shares, computed from their unrounded values ({@code exactFrom}, {@code exactTo})
     * and rounded once, at the end, by the rule: the published shares {@code from} and {@code to} are kept for
     * display only. So 6.52% to 3.10% is a change of -52.4% (from the raw figures), not the -52.3% the rounded
     * 6.5% and 3.1% would give. The absolute change is in percentage points, rounded like a share.
     */
    public static Change ofShares(int fromYear, BigDecimal from, BigDecimal exactFrom, int toYear, BigDecimal to,
                                  BigDecimal exactTo, boolean approximate) {
        return new Change(fromYear, from, toYear, to, Rounding.percent(Rounding.absoluteChange(exactFrom, exactTo)),
                Rounding.relativeChangePercent(exactFrom, exactTo), toYear - fromYear == 1, approximate);
    }

    /** The change between two points of a series; shares are compared by their unrounded values. */
    public static Change between(Point from, Point to) {
        boolean approximate = from.qualifier() != Qualifier.EXACT || to.qualifier() != Qualifier.EXACT;
        if (from.isDerived() && to.isDerived()) {
            return ofShares(from.year(), from.value(), from.exactValue(), to.year(), to.value(), to.exactValue(),
                    approximate);
        }
        return of(from.year(), from.value(), to.year(), to.value(), approximate);
    }

    /** Whether the change is an improvement, for wording and colour. */
    public Verdict verdict(Better better) {
        int sign = absolute.signum();
        if (sign == 0) return Verdict.UNCHANGED;
        if (better == null || better == Better.NEITHER) return Verdict.NEUTRAL;
        boolean up = sign > 0;
        return up == (better == Better.HIGHER) ? Verdict.IMPROVED : Verdict.WORSENED;
    }

    /** What a change means for the reader. */
    public enum Verdict {
        IMPROVED,
        WORSENED,
        UNCHANGED,
        /** The figure moved, but neither direction is better (for example a count of districts). */
        NEUTRAL
    }
}
