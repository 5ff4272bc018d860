package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Project;
import uz.shaffof.content.ProjectStatus;
import uz.shaffof.content.Text;
import uz.shaffof.problem.Severity;

class ProjectStatsTest {
    private static final LocalDate AS_OF = LocalDate.of(2020, 6, 30);

    private static Map<String, ProjectState> byId(ProjectStats stats) {
        return stats.projects().stream().collect(Collectors.toMap(p -> p.project().id(), Function.identity()));
    }

    private static ProjectStats stats(Fixture f, String setId) {
        return Figures.compute(f.content()).projects(setId).orElseThrow();
    }

    @Test
    void overdueOnlyWhenTheDeadlineIsBeforeTheAsOfDateAndNotCompleted() {
        Fixture f = new Fixture();
        f.projectSet("set", AS_OF,
                f.project("before", "Vazirlik A", "UZ-AN", AS_OF.minusDays(1), ProjectStatus.IN_PROGRESS),
                f.project("equal", "Vazirlik A", "UZ-AN", AS_OF, ProjectStatus.IN_PROGRESS),
                f.project("after", "Vazirlik A", "UZ-BU", AS_OF.plusDays(1), ProjectStatus.PLANNED),
                f.project("done-late", "Vazirlik B", "UZ-BU", AS_OF.minusYears(1), ProjectStatus.COMPLETED),
                f.project("no-deadline", "Vazirlik B", null, null, ProjectStatus.IN_PROGRESS),
                f.project("planned-late", "Vazirlik B", "UZ-XO", AS_OF.minusDays(10), ProjectStatus.PLANNED),
                f.project("unknown-late", null, "UZ-XO", AS_OF.minusDays(3), ProjectStatus.UNKNOWN),
                f.project("unknown", null, "UZ-XO", AS_OF.plusDays(3), ProjectStatus.UNKNOWN));
        Map<String, ProjectState> p = byId(stats(f, "set"));
        assertEquals(EffectiveStatus.OVERDUE, p.get("before").status());
        assertEquals(1, p.get("before").daysOverdue());
        assertEquals(EffectiveStatus.IN_PROGRESS, p.get("equal").status());
        assertEquals(0, p.get("equal").daysOverdue());
        assertEquals(EffectiveStatus.PLANNED, p.get("after").status());
        assertEquals(EffectiveStatus.COMPLETED, p.get("done-late").status());
        assertEquals(EffectiveStatus.IN_PROGRESS, p.get("no-deadline").status());
        assertEquals(EffectiveStatus.OVERDUE, p.get("planned-late").status());
        assertEquals(10, p.get("planned-late").daysOverdue());
        // An unknown status past its deadline is not called overdue: nobody said it was not done.
        assertEquals(EffectiveStatus.UNKNOWN, p.get("unknown-late").status());
        assertEquals(EffectiveStatus.UNKNOWN, p.get("unknown").status());
    }

    @Test
    void countsAndGroups() {
        Fixture f = new Fixture();
        f.projectSet("set", AS_OF,
                f.project("p1", "Vazirlik A", "UZ-AN", AS_OF.minusDays(1), ProjectStatus.IN_PROGRESS),
                f.project("p2", "Vazirlik A", "UZ-AN", AS_OF, ProjectStatus.COMPLETED),
                f.project("p3", "Vazirlik B", "UZ-BU", AS_OF.plusDays(1), ProjectStatus.PLANNED),
                f.project("p4", null, null, AS_OF.minusDays(30), ProjectStatus.PLANNED),
                f.project("p5", "Vazirlik A", "UZ-BU", null, ProjectStatus.UNKNOWN));
        ProjectStats s = stats(f, "set");
        assertEquals(new StatusCounts(1, 0, 1, 2, 1), s.counts());
        assertEquals(5, s.counts().total());
        assertEquals(List.of("PLANNED", "COMPLETED", "OVERDUE", "UNKNOWN"),
                s.byStatus().stream().map(ProjectGroup::key).toList());
        assertEquals(List.of("p1", "p4"), s.withStatus(EffectiveStatus.OVERDUE).projects().stream()
                .map(x -> x.project().id()).toList());
        assertEquals(0, s.withStatus(EffectiveStatus.IN_PROGRESS).counts().total());
        assertEquals(List.of("p4", "p1"), s.overdue().stream().map(x -> x.project().id()).toList());

        assertEquals(java.util.Arrays.asList("Vazirlik A", "Vazirlik B", null),
                s.byOwner().stream().map(ProjectGroup::key).toList());
        ProjectGroup a = s.byOwner().get(0);
        assertEquals(new StatusCounts(0, 0, 1, 1, 1), a.counts());
        assertEquals(Text.of("Vazirlik A"), a.label());
        assertNull(s.byOwner().get(2).label());

        assertEquals(java.util.Arrays.asList("UZ-AN", "UZ-BU", null),
                s.byRegion().stream().map(ProjectGroup::key).toList());
        assertEquals(new StatusCounts(1, 0, 0, 0, 1), s.byRegion().get(1).counts());
    }

    @Test
    void ownersWrittenForBothEditionsAreGroupedByTheirLatinText() {
        Fixture f = new Fixture();
        Project hand = new Project("h", Text.of("h"), Text.both("Axborot vazirligi", "Ахборот вазирлиги"), null,
                "UZ-AN", null, ProjectStatus.PLANNED, null, Fixture.CITE, f.pos());
        f.projectSet("set", AS_OF, hand, f.project("w", "Axborot vazirligi", "UZ-AN", null, ProjectStatus.PLANNED));
        ProjectStats s = stats(f, "set");
        assertEquals(1, s.byOwner().size());
        assertEquals(2, s.byOwner().get(0).counts().planned());
    }

    @Test
    void theAsOfDateComesFromTheDataNeverTheClock() {
        Fixture f = new Fixture();
        // Both are true whatever day the tests run on: only the data's dates decide.
        f.projectSet("future", LocalDate.of(2099, 1, 1),
                f.project("late-in-2098", "A", "UZ-AN", LocalDate.of(2098, 12, 31), ProjectStatus.IN_PROGRESS));
        f.projectSet("past", LocalDate.of(2000, 1, 1),
                f.project("due-2000", "A", "UZ-AN", LocalDate.of(2000, 1, 2), ProjectStatus.IN_PROGRESS));
        Figures figures = Figures.compute(f.content());
        assertEquals(EffectiveStatus.OVERDUE, figures.projects("future").orElseThrow().projects().get(0).status());
        assertEquals(EffectiveStatus.IN_PROGRESS, figures.projects("past").orElseThrow().projects().get(0).status());
    }

    @Test
    void aSetWithoutADateUsesTheSitesAsOfDate() {
        Fixture f = new Fixture().siteAsOf(AS_OF);
        f.projectSet("set", null, f.project("p", "A", "UZ-AN", AS_OF.minusDays(1), ProjectStatus.PLANNED));
        ProjectStats s = stats(f, "set");
        assertEquals(AS_OF, s.asOf());
        assertEquals(EffectiveStatus.OVERDUE, s.projects().get(0).status());
    }

    @Test
    void noDateAnywhereIsAnErrorAndNothingIsOverdue() {
        Fixture f = new Fixture().siteAsOf(null);
        f.projectSet("set", null, f.project("p", "A", "UZ-AN", LocalDate.of(2000, 1, 1), ProjectStatus.PLANNED));
        Figures figures = Figures.compute(f.content());
        assertEquals(Severity.ERROR, figures.problems().get(0).severity());
        assertTrue(figures.problems().get(0).message().contains("no as-of date"));
        assertEquals(EffectiveStatus.PLANNED, figures.projects("set").orElseThrow().projects().get(0).status());
    }

    @Test
    void projectsInEveryRegion() {
        Fixture f = new Fixture();
        Project[] ps = new Project[Fixture.REGIONS.size()];
        for (int r = 0; r < ps.length; r++) {
            ps[r] = f.project("p" + r, "Owner " + (r % 3), Fixture.REGIONS.get(r), AS_OF.plusDays(r - 7),
                    r % 5 == 0 ? ProjectStatus.COMPLETED : ProjectStatus.IN_PROGRESS);
        }
        f.projectSet("set", AS_OF, ps);
        ProjectStats s = stats(f, "set");
        assertEquals(Fixture.REGIONS, s.byRegion().stream().map(ProjectGroup::key).toList());
        // Deadlines before the as-of date: r = 0..6; completed among them: r = 0, 5.
        assertEquals(5, s.counts().overdue());
        assertEquals(3, s.counts().completed());
        assertEquals(6, s.counts().inProgress());
        assertEquals(3, s.byOwner().size());
    }
}
