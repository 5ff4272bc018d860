package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import uz.shaffof.problem.Problems;

/** Maps {@code content/charts/<id>.json} to a {@link ChartDef}. */
final class ChartMapper {
    private ChartMapper() {}

    static ChartDef map(FileTree tree, String fileSlug, Problems problems) {
        JsonNode r = tree.root();
        String id = Fields.idMatchingFile(tree, fileSlug, problems);
        return new ChartDef(id, Fields.text(r, "title"), Fields.text(r, "note"), Fields.string(r, "dataset"),
                Fields.string(r, "kind"), Fields.strings(r, "regions"), Fields.integers(r, "years"), tree.pos(r));
    }
}
