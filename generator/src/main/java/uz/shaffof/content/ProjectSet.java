package uz.shaffof.content;

import java.time.LocalDate;
import java.util.List;
import uz.shaffof.problem.SourcePos;

/**
 * One file of {@code content/projects/}: a programme (a strategy's measures, a portfolio of priority projects,
 * a region's plan for a year) with the date its data is true as of, its totals as given, and its projects.
 */
public record ProjectSet(String id, Text title, Text description, LocalDate asOf, List<PortfolioTotal> totals,
                         List<Project> projects, SourcePos pos) {
    public ProjectSet {
        totals = List.copyOf(totals);
        projects = List.copyOf(projects);
    }
}
