package uz.shaffof.figures;

import java.time.LocalDate;
import uz.shaffof.content.Project;
import uz.shaffof.content.ProjectStatus;

/**
 * A project's status as of its data's as-of date. {@link #OVERDUE} is never recorded by an editor: a project is
 * overdue when it is not {@link ProjectStatus#COMPLETED completed} and its deadline is before the as-of date (a
 * deadline on the as-of date itself is not yet missed). Otherwise it keeps its recorded status. The as-of date
 * comes from content, never from the build machine's clock, so the same content always gives the same page.
 */
public enum EffectiveStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE,
    UNKNOWN;

    /**
     * The effective status of a project as of a date; with no deadline or no as-of date, the recorded status
     * (nothing can be overdue without both).
     */
    public static EffectiveStatus of(Project project, LocalDate asOf) {
        ProjectStatus recorded = project.status() == null ? ProjectStatus.UNKNOWN : project.status();
        // Unknown stays unknown: calling it overdue would claim we know it was not done.
        if (recorded != ProjectStatus.COMPLETED && recorded != ProjectStatus.UNKNOWN && project.deadline() != null
                && asOf != null
                && project.deadline().isBefore(asOf)) {
            return OVERDUE;
        }
        return switch (recorded) {
            case PLANNED -> PLANNED;
            case IN_PROGRESS -> IN_PROGRESS;
            case COMPLETED -> COMPLETED;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
