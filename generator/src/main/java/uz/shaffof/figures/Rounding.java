package uz.shaffof.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule for derived figures.
 *
 * <ul>
 *   <li>Shares and relative changes in percent are rounded {@link RoundingMode#HALF_UP HALF_UP} to
 *       {@value #PERCENT_SCALE} decimal place, directly from the exact quotient (one rounding step, so no
 *       double-rounding error). That rounded figure is the published one and is shown; changes and ranks of
 *       shares are computed from the unrounded quotient ({@link Point#exactValue()}) and rounded once, at the
 *       end, so no figure inherits the rounding of another.</li>
 *   <li>Absolute changes are exact differences and keep the scale of their inputs ({@code 80.5 - 72.3 = 8.2}).</li>
 * </ul>
 *
 * <pre><code>Rounding.sharePercent(new BigDecimal("900"), new BigDecimal("2390"))             // 37.7
 * Rounding.relativeChangePercent(new BigDecimal("72.3"), new BigDecimal("80.5"))   // 11.3
 * Rounding.absoluteChange(new BigDecimal("72.3"), new BigDecimal("80.5"))          // 8.2</code></pre>
 */
public final class Rounding {
    /** Decimal places of every published percentage. */
    public static final int PERCENT_SCALE = 1;
    /** The rounding mode of every published percentage. */
    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    /** Scale of the unrounded quotient, for readers (and tests) that want to see the exact value. */
    public static final int EXACT_SCALE = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {}

    /**
     * {@code part / whole * 100}, rounded by the rule; {@code null} when either is missing or {@code whole} is 0
     * (a share of nothing is undefined, not 0).
     */
    public static BigDecimal sharePercent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, MODE);
    }

    /** The same share to {@value #EXACT_SCALE} decimal places, for showing how the rounded figure came about. */
    public static BigDecimal exactSharePercent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, EXACT_SCALE, MODE);
    }

    /**
     * {@code (to - from) / |from| * 100}, rounded by the rule; {@code null} when either is missing or {@code from}
     * is 0 (no relative change from nothing). Dividing by {@code |from|} keeps the sign meaning "went up".
     */
    public static BigDecimal relativeChangePercent(BigDecimal from, BigDecimal to) {
        if (from == null || to == null || from.signum() == 0) return null;
        return to.subtract(from).multiply(HUNDRED).divide(from.abs(), PERCENT_SCALE, MODE);
    }

    /** {@code to - from}, exact, in the scale of the inputs; {@code null} when either is missing. */
    public static BigDecimal absoluteChange(BigDecimal from, BigDecimal to) {
        if (from == null || to == null) return null;
        return to.subtract(from);
    }

    /** Rounds an exact percentage by the rule. */
    public static BigDecimal percent(BigDecimal exact) {
        return exact == null ? null : exact.setScale(PERCENT_SCALE, MODE);
    }

    /**
     * Whether a figure a source states agrees with the computed one. Both are rounded by the rule to the
     * precision the source wrote, but never finer than {@value #PERCENT_SCALE} place: "38%" agrees with a computed
     * 37.66, "37.66%" agrees with 37.7, "42.2%" does not agree with 37.7.
     */
    public static boolean agrees(BigDecimal stated, BigDecimal computed) {
        int scale = comparisonScale(stated);
        return stated.setScale(scale, MODE).compareTo(computed.setScale(scale, MODE)) == 0;
    }

    /**
     * Whether a stated percentage agrees with {@code numerator / denominator * 100}: like {@link #agrees}, but the
     * percentage is rounded once, from the exact quotient, to the stated precision (so a stated "38" is compared
     * with 37.45 rounded to 37, not with 37.5 rounded again to 38).
     */
    public static boolean agreesWithPercent(BigDecimal stated, BigDecimal numerator, BigDecimal denominator) {
        int scale = comparisonScale(stated);
        BigDecimal computed = numerator.multiply(HUNDRED).divide(denominator.abs(), scale, MODE);
        return stated.setScale(scale, MODE).compareTo(computed) == 0;
    }

    /** The precision a stated figure is checked at: as many places as the source wrote, at most one. */
    private static int comparisonScale(BigDecimal stated) {
        return Math.min(Math.max(stated.scale(), 0), PERCENT_SCALE);
    }
}
