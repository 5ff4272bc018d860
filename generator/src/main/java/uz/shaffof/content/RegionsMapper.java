package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps {@code content/regions.json} to {@link Region}s, in file order. */
final class RegionsMapper {
    private RegionsMapper() {}

    static List<Region> map(FileTree tree) {
        List<Region> out = new ArrayList<>();
        for (JsonNode r : Fields.array(tree.root(), "regions")) {
            out.add(new Region(Fields.string(r, "code"), Fields.string(r, "slug"),
                    Fields.enumValue(r, "kind", RegionKind.class, null), Fields.text(r, "name"), Fields.text(r, "center"),
                    Fields.texts(r, "districts"), tree.pos(r)));
        }
        return out;
    }
}
