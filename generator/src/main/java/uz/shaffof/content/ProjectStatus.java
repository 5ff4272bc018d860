package uz.shaffof.content;

/**
 * The status an editor records for a project or measure. Whether it is overdue is not stored: it is computed
 * from the deadline and the dataset's as-of date (never the build machine's clock).
 */
public enum ProjectStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    UNKNOWN
}
