package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.Objects;
import uz.shaffof.content.Citation;
import uz.shaffof.problem.SourcePos;

/**
 * A figure the source states that disagrees with the generator's computation (or cannot be checked because
 * the raw figures are missing: then {@code computed} is {@code null}). Pages show both figures: the computed
 * one as the figure, the stated one beside it with its citation. {@code subject} is the indicator id, or the
 * organisation of a website score; {@code region} is {@code null} for the whole country. {@code note} is the
 * English explanation also reported by {@code check}; pages word their own note from the numbers.
 */
public record Discrepancy(String subject, String region, int year, BigDecimal stated, BigDecimal computed,
                          Citation citation, SourcePos pos, String note) {
    public Discrepancy {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(stated, "stated must not be null");
        Objects.requireNonNull(pos, "pos must not be null");
        Objects.requireNonNull(note, "note must not be null");
    }

    /** Whether the stated figure could be checked at all. */
    public boolean isCheckable() {
        return computed != null;
    }
}
