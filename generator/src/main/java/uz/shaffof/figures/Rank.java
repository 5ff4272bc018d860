package uz.shaffof.figures;

/**
 * A region's place among the regions with a value in the same year: {@code position} of {@code outOf},
 * competition ranking ("1224": tied regions share the better position and the next one is skipped).
 * Regions without a value are not ranked and not counted in {@code outOf}.
 */
public record Rank(int position, int outOf, boolean tied) {
    public Rank {
        if (outOf < 1) throw new IllegalArgumentException("outOf " + outOf + " must be >= 1");
        if (position < 1 || position > outOf) {
            throw new IllegalArgumentException("position " + position + " must be 1.." + outOf);
        }
    }
}
