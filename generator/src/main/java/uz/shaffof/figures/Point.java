package uz.shaffof.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uz.shaffof.content.Citation;
import uz.shaffof.content.Qualifier;
import uz.shaffof.content.Text;
import uz.shaffof.problem.SourcePos;

/**
 * One value of a {@link Series}: the figure of a year ({@code date} when the source dates it more precisely,
 * else {@code null}), how exact it is, and where it came from. For a raw
 * indicator it is the observation as written; for a derived one it is the share computed by {@link Rounding}
 * and {@code numerator}/{@code denominator} hold the raw figures it came from (both {@code null} for raw
 * points). {@code citations} are the observation's citation, or the numerator's and denominator's. {@code note}
 * may be {@code null}; {@code pos} is where the (numerator) figure stands in content.
 */
public record Point(int year, LocalDate date, BigDecimal value, Qualifier qualifier, List<Citation> citations,
                    BigDecimal numerator, BigDecimal denominator, Text note, SourcePos pos) {
    public Point {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(qualifier, "qualifier must not be null");
        citations = citations.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** Whether this value was computed from two raw figures rather than read. */
    public boolean isDerived() {
        return denominator != null;
    }

    /**
     * The figure derived figures are computed from: for a share, the unrounded quotient of its raw figures (so a
     * change or a rank never inherits the rounding of the published share); for a raw figure, the value as read.
     */
    public BigDecimal exactValue() {
        return isDerived() ? Rounding.exactSharePercent(numerator, denominator) : value;
    }

    /** The first citation, for a one-line source note; {@code null} when the figure cites nothing. */
    public Citation citation() {
        return citations.isEmpty() ? null : citations.get(0);
    }
}
