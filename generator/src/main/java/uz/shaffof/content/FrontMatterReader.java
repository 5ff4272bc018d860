package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import uz.shaffof.problem.Problems;

/**
 * Reads a Markdown file with YAML front matter exactly as content loading reads a report or a page, for code that
 * turns Markdown of the same shape into content (the benchmark's corpus): the bytes decoded by {@link SourceDecoder}
 * (UTF-8 without a byte-order mark; CRLF becomes LF), cut by {@link FrontMatterSplitter} at its {@code ---} lines,
 * and the front matter parsed by {@link StrictYamlReader}. So a file that content loading takes, this takes the same
 * way, and one it refuses, this refuses with the same {@code path:line:col} problem.
 */
public final class FrontMatterReader {
    /** A read file: its front matter's fields (a YAML mapping, as JSON nodes) and its Markdown body, with LF endings. */
    public record Document(JsonNode fields, String body) {
        public Document {
            Objects.requireNonNull(fields, "fields");
            Objects.requireNonNull(body, "body");
        }

        /** The text of field {@code name}, or null when it is absent or not a single value. */
        public String text(String name) {
            JsonNode value = fields.get(name);
            return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
        }
    }

    private final SourceDecoder decoder = new SourceDecoder();
    private final StrictYamlReader yaml = new StrictYamlReader();

    /** The file at {@code path} with these bytes, or null after reporting to {@code problems} why it cannot be read. */
    public Document read(String path, byte[] bytes, Problems problems) {
        String text = decoder.decode(path, bytes, ContentFormat.MARKDOWN, problems);
        if (text == null) return null;
        SplitDocument doc = FrontMatterSplitter.split(path, text, problems);
        if (doc == null) return null;
        FileTree tree = yaml.read(path, doc, problems);
        if (tree == null) return null;
        if (!tree.root().isObject()) {
            problems.error(tree.pos(tree.root()), "front matter must be fields (name: value), one a line");
            return null;
        }
        return new Document(tree.root(), doc.body());
    }
}
