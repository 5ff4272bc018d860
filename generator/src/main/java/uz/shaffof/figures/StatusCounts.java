package uz.shaffof.figures;

import java.util.Collection;

/** How many projects have each {@link EffectiveStatus}. */
public record StatusCounts(int planned, int inProgress, int completed, int overdue, int unknown) {

    /** Counts the effective statuses of some projects. */
    public static StatusCounts of(Collection<ProjectState> projects) {
        int[] n = new int[EffectiveStatus.values().length];
        for (ProjectState p : projects) n[p.status().ordinal()]++;
        return new StatusCounts(n[EffectiveStatus.PLANNED.ordinal()], n[EffectiveStatus.IN_PROGRESS.ordinal()],
                n[EffectiveStatus.COMPLETED.ordinal()], n[EffectiveStatus.OVERDUE.ordinal()],
                n[EffectiveStatus.UNKNOWN.ordinal()]);
    }

    /** The count of one status. */
    public int count(EffectiveStatus status) {
        return switch (status) {
            case PLANNED -> planned;
            case IN_PROGRESS -> inProgress;
            case COMPLETED -> completed;
            case OVERDUE -> overdue;
            case UNKNOWN -> unknown;
        };
    }

    public int total() {
        return planned + inProgress + completed + overdue + unknown;
    }
}
