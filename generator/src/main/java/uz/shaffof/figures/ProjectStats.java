package uz.shaffof.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import uz.shaffof.content.Project;
import uz.shaffof.content.ProjectSet;
import uz.shaffof.content.Text;

/**
 * The monitoring figures of one {@link ProjectSet} as of {@code asOf} (the set's own date, else the site's):
 * every project's effective status, the counts, and the projects grouped per status (in {@link EffectiveStatus}
 * order, empty groups left out), per owner and per region (by key; projects that do not say last).
 *
 * <pre><code>figures.projects("digital-uzbekistan-2030").counts().overdue()</code></pre>
 */
public record ProjectStats(ProjectSet set, LocalDate asOf, List<ProjectState> projects, StatusCounts counts,
                           List<ProjectGroup> byStatus, List<ProjectGroup> byOwner, List<ProjectGroup> byRegion) {
    public ProjectStats {
        Objects.requireNonNull(set, "set must not be null");
        projects = List.copyOf(projects);
        Objects.requireNonNull(counts, "counts must not be null");
        byStatus = List.copyOf(byStatus);
        byOwner = List.copyOf(byOwner);
        byRegion = List.copyOf(byRegion);
    }

    /** Computes a set's figures as of {@code asOf}; with a {@code null} date nothing is overdue. */
    public static ProjectStats of(ProjectSet set, LocalDate asOf) {
        List<ProjectState> states = set.projects().stream().map(p -> state(p, asOf)).toList();
        List<ProjectGroup> byStatus = new ArrayList<>();
        for (EffectiveStatus s : EffectiveStatus.values()) {
            List<ProjectState> in = states.stream().filter(p -> p.status() == s).toList();
            if (!in.isEmpty()) byStatus.add(new ProjectGroup(s.name(), null, StatusCounts.of(in), in));
        }
        return new ProjectStats(set, asOf, states, StatusCounts.of(states), byStatus,
                groups(states, p -> ownerKey(p.owner()), p -> p.owner()), groups(states, Project::region, p -> null));
    }

    private static ProjectState state(Project p, LocalDate asOf) {
        EffectiveStatus status = EffectiveStatus.of(p, asOf);
        long late = status == EffectiveStatus.OVERDUE ? ChronoUnit.DAYS.between(p.deadline(), asOf) : 0;
        return new ProjectState(p, status, late);
    }

    /** An owner is grouped by the text an editor wrote: the written form, or the Latin one if hand-written. */
    private static String ownerKey(Text owner) {
        if (owner == null) return null;
        return owner.written() != null ? owner.written() : owner.latn();
    }

    private static List<ProjectGroup> groups(List<ProjectState> states, Function<Project, String> key,
                                             Function<Project, Text> label) {
        Map<String, List<ProjectState>> byKey = new TreeMap<>();
        List<ProjectState> unsaid = new ArrayList<>();
        for (ProjectState s : states) {
            String k = key.apply(s.project());
            if (k == null) unsaid.add(s);
            else byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
        }
        List<ProjectGroup> out = new ArrayList<>();
        byKey.forEach((k, in) ->
                out.add(new ProjectGroup(k, label.apply(in.get(0).project()), StatusCounts.of(in), in)));
        if (!unsaid.isEmpty()) out.add(new ProjectGroup(null, null, StatusCounts.of(unsaid), unsaid));
        return out;
    }

    /** The group of one effective status; an empty group when no project has it. */
    public ProjectGroup withStatus(EffectiveStatus status) {
        return byStatus.stream().filter(g -> g.key().equals(status.name())).findFirst()
                .orElse(new ProjectGroup(status.name(), null, StatusCounts.of(List.of()), List.of()));
    }

    /** The projects whose deadline was missed, longest overdue first (then by project id). */
    public List<ProjectState> overdue() {
        return projects.stream().filter(p -> p.status() == EffectiveStatus.OVERDUE)
                .sorted(Comparator.comparingLong(ProjectState::daysOverdue).reversed()
                        .thenComparing(p -> p.project().id()))
                .toList();
    }
}
