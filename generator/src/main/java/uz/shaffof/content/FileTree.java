package uz.shaffof.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import uz.shaffof.problem.SourcePos;

/**
 * A parsed content file: the tree (whose nodes carry their parse locations) and how those locations map back
 * to the file. {@code lineOffset} is 0 for JSON files and the number of lines before the YAML of a front matter.
 */
record FileTree(String path, JsonNode root, int lineOffset) {

    /** Where {@code node} starts in the file; the file itself when the node has no location. */
    SourcePos pos(JsonNode node) {
        if (!(node instanceof TokenStreamLocationAware)) return SourcePos.of(path, 1 + lineOffset, 1);
        JsonLocation loc = ((TokenStreamLocationAware) node).tokenStreamLocation();
        if (loc == null) return SourcePos.of(path, 1 + lineOffset, 1);
        return SourcePos.of(path, Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
    }

    /** Where the value of {@code field} in {@code object} starts, or the object when the field is absent. */
    SourcePos pos(JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        return pos(value != null ? value : object);
    }
}
