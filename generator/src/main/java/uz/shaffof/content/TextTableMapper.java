package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** Maps a key → text table ({@code i18n/strings.json}, {@code i18n/units.json}) to a sorted map. */
final class TextTableMapper {
    private TextTableMapper() {}

    static Map<String, Text> map(FileTree tree) {
        Map<String, Text> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : tree.root().properties()) {
            out.put(Fields.nfc(e.getKey()), Fields.text(e.getValue()));
        }
        return out;
    }
}
