package uz.shaffof.figures;

import java.util.Objects;
import uz.shaffof.content.Region;

/**
 * A region's place in an indicator comparison for one year: its value, its rank, the change since its previous
 * year with data ({@code null} when there is none), and the discrepancy with a stated figure, if any.
 */
public record ComparisonRow(Region region, Point point, Rank rank, Change change, Discrepancy discrepancy) {
    public ComparisonRow {
        Objects.requireNonNull(region, "region must not be null");
        Objects.requireNonNull(point, "point must not be null");
        Objects.requireNonNull(rank, "rank must not be null");
    }
}
