package uz.shaffof.figures;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Positive;

class RoundingProperties {

    @Property
    boolean shareOfAPartIsWithin0And100(@ForAll @Positive int x, @ForAll @Positive int y) {
        // Every pair a <= b of positive integers, without rejecting half of the samples.
        int a = Math.min(x, y);
        int b = Math.max(x, y);
        BigDecimal share = Rounding.sharePercent(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
        return share.signum() >= 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0 && share.scale() == 1;
    }

    @Property
    boolean shareIsWithinHalfAUnitOfTheExactOne(@ForAll @IntRange(min = 0, max = 1_000_000) int a,
                                                @ForAll @IntRange(min = 1, max = 1_000_000) int b) {
        BigDecimal rounded = Rounding.sharePercent(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
        BigDecimal exact = Rounding.exactSharePercent(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
        return rounded.subtract(exact).abs().compareTo(new BigDecimal("0.05")) <= 0;
    }

    @Property
    boolean absoluteChangeAddsBackExactly(@ForAll @IntRange(min = -100_000, max = 100_000) int from,
                                          @ForAll @IntRange(min = -100_000, max = 100_000) int to) {
        BigDecimal f = BigDecimal.valueOf(from, 1);
        BigDecimal t = BigDecimal.valueOf(to, 1);
        return f.add(Rounding.absoluteChange(f, t)).compareTo(t) == 0;
    }
}
