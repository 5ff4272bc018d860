package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.problem.Problems;

/** Maps {@code content/projects/<id>.json} to a {@link ProjectSet}; totals and projects in file order. */
final class ProjectSetMapper {
    private ProjectSetMapper() {}

    static ProjectSet map(FileTree tree, String fileSlug, Problems problems) {
        JsonNode r = tree.root();
        String id = Fields.idMatchingFile(tree, fileSlug, problems);
        List<PortfolioTotal> totals = new ArrayList<>();
        for (JsonNode t : Fields.array(r, "totals")) {
            totals.add(new PortfolioTotal(Fields.string(t, "id"), Fields.text(t, "label"), Fields.decimal(t, "value"),
                    Fields.enumValue(t, "qualifier", Qualifier.class, Qualifier.EXACT), Fields.citation(t, "source"),
                    tree.pos(t)));
        }
        List<Project> projects = new ArrayList<>();
        for (JsonNode p : Fields.array(r, "projects")) {
            projects.add(new Project(Fields.string(p, "id"), Fields.text(p, "title"), Fields.text(p, "owner"),
                    Fields.text(p, "executor"), Fields.string(p, "region"), Fields.date(tree, p, "deadline", problems),
                    Fields.enumValue(p, "status", ProjectStatus.class, ProjectStatus.UNKNOWN), Fields.decimal(p, "progress"),
                    Fields.citation(p, "source"), tree.pos(p)));
        }
        return new ProjectSet(id, Fields.text(r, "title"), Fields.text(r, "description"),
                Fields.date(tree, r, "asOf", problems), totals, projects, tree.pos(r));
    }
}
