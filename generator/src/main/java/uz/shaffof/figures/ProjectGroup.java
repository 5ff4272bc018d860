package uz.shaffof.figures;

import java.util.List;
import uz.shaffof.content.Text;

/**
 * Projects that share an owner, a region or a status, with their status counts. {@code key} is what they were
 * grouped by (the owner's text as written, a region code, or a status name); it is {@code null} for the group of
 * projects that do not say (no owner or no region), which is listed last. {@code label} is the owner's
 * {@link Text} for owner groups, else {@code null} (pages name regions and statuses themselves).
 */
public record ProjectGroup(String key, Text label, StatusCounts counts, List<ProjectState> projects) {
    public ProjectGroup {
        projects = List.copyOf(projects);
    }
}
