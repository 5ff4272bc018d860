package uz.shaffof.figures;

import java.util.Objects;
import uz.shaffof.content.WebsiteScore;

/**
 * One organisation in a year's website rating: its score as published, its rank among that year's scores, the
 * change since its previous rating ({@code null} for its first: points as {@code absolute}, percent as
 * {@code relativePercent}), and the discrepancy with the change the source states, if any.
 */
public record WebsiteRow(WebsiteScore score, Rank rank, Change change, Discrepancy discrepancy) {
    public WebsiteRow {
        Objects.requireNonNull(score, "score must not be null");
        Objects.requireNonNull(rank, "rank must not be null");
    }
}
