package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.problem.Problems;

/** Maps {@code content/outcomes/<id>.json} to a {@link Service} with its {@link Outcome}s in file order. */
final class ServiceMapper {
    private ServiceMapper() {}

    static Service map(FileTree tree, String fileSlug, Problems problems) {
        JsonNode r = tree.root();
        String id = Fields.idMatchingFile(tree, fileSlug, problems);
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode o : Fields.array(r, "outcomes")) {
            outcomes.add(new Outcome(Fields.string(o, "id"), Fields.text(o, "label"), Fields.decimal(o, "value"),
                    Fields.enumValue(o, "qualifier", Qualifier.class, Qualifier.EXACT), Fields.string(o, "unit"),
                    Fields.citation(o, "source"), tree.pos(o)));
        }
        return new Service(id, Fields.text(r, "name"), Fields.text(r, "owner"), Fields.text(r, "description"),
                Fields.string(r, "url"), outcomes, tree.pos(r));
    }
}
