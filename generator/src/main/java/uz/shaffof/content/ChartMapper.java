package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import uz.shaffof.problem.Problems;

/**
 * Maps {@code content/charts/<id>.json} to a {@link ChartDef}. The site makes charts of its own for every indicator
 * ({@code indicator-<id>}) and every region's series ({@code region-<slug>-<indicator>}), published under
 * {@code charts/<id>/} like the editors' charts; so an editor's chart id may not begin with either prefix, or the two
 * charts would be published at the same address.
 */
final class ChartMapper {
    /** The prefixes of the ids of the charts the site makes itself (site.ChartCatalog). */
    static final java.util.List<String> RESERVED_PREFIXES = java.util.List.of("indicator-", "region-");

    private ChartMapper() {}

    static ChartDef map(FileTree tree, String fileSlug, Problems problems) {
        JsonNode r = tree.root();
        String id = Fields.idMatchingFile(tree, fileSlug, problems);
        for (String prefix : RESERVED_PREFIXES) {
            if (id != null && id.startsWith(prefix)) {
                problems.error(tree.pos(r, "id"), "chart id \"" + id + "\" begins with \"" + prefix + "\", which is "
                        + "kept for the charts the site makes itself (indicator-<indicator id>, region-<slug>-<indicator "
                        + "id>): choose another id and file name");
            }
        }
        return new ChartDef(id, Fields.text(r, "title"), Fields.text(r, "note"), Fields.string(r, "dataset"),
                Fields.string(r, "kind"), Fields.strings(r, "regions"), Fields.integers(r, "years"), tree.pos(r));
    }
}
