package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps {@code content/sources.json} to {@link Source}s, in file order. */
final class SourcesMapper {
    private SourcesMapper() {}

    static List<Source> map(FileTree tree) {
        List<Source> out = new ArrayList<>();
        for (JsonNode s : Fields.array(tree.root(), "sources")) {
            out.add(new Source(Fields.string(s, "id"), Fields.text(s, "title"), Fields.text(s, "publisher"),
                    Fields.integer(s, "year", 0), Fields.string(s, "url"), tree.pos(s)));
        }
        return out;
    }
}
