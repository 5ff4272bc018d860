package uz.shaffof.figures;

import java.util.Objects;
import uz.shaffof.content.Project;

/**
 * A project with its {@link EffectiveStatus} as of its set's as-of date, and by how many days its deadline was
 * missed on that date (0 unless overdue).
 */
public record ProjectState(Project project, EffectiveStatus status, long daysOverdue) {
    public ProjectState {
        Objects.requireNonNull(project, "project must not be null");
        Objects.requireNonNull(status, "status must not be null");
        if (daysOverdue < 0) throw new IllegalArgumentException("daysOverdue " + daysOverdue + " must be >= 0");
    }
}
