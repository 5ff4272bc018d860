package uz.shaffof.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Parses the YAML front matter of a Markdown document into the same location-aware tree as JSON content, so one
 * schema validator and one set of mappers serve both. It is as strict as the JSON reader: duplicate keys are
 * errors, numbers are exact, and the YAML features a front matter never needs (anchors, aliases and tags, which
 * also open the door to "billion laughs" expansion) are refused.
 */
final class StrictYamlReader {
    private final ObjectMapper mapper;

    StrictYamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(32);
        options.setCodePointLimit((int) ContentFormat.MARKDOWN.maxBytes());
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StrictJsonReader.CONSTRAINTS)
                .build();
        mapper = YAMLMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** The tree of the front matter of the document at {@code path}, or null after reporting the problem. */
    FileTree read(String path, SplitDocument doc, Problems problems) {
        int offset = doc.yamlLine() - 1;
        try {
            if (!plainYaml(path, doc.yaml(), offset, problems)) return null;
            try (JsonParser parser = mapper.getFactory().createParser(doc.yaml())) {
                JsonNode root = mapper.reader(new LocationJsonNodeFactory(parser)).readTree(parser);
                if (root == null || root.isMissingNode()) {
                    problems.error(SourcePos.of(path, doc.yamlLine(), 1), "front matter is empty");
                    return null;
                }
                return new FileTree(path, root, offset);
            }
        } catch (StreamConstraintsException e) {
            problems.error(SourcePos.of(path, doc.yamlLine(), 1), "front matter: " + JsonErrorMessages.constraint(e.getMessage()));
        } catch (JsonProcessingException e) {
            problems.error(position(path, e, offset), "front matter: " + message(e));
        } catch (IOException | RuntimeException e) {
            problems.error(SourcePos.of(path, doc.yamlLine(), 1), "front matter cannot be read as YAML ("
                    + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    /** Refuses anchors, aliases and explicit tags, reporting each; true when there are none. */
    private boolean plainYaml(String path, String yaml, int offset, Problems problems) throws IOException {
        boolean ok = true;
        try (JsonParser p = mapper.getFactory().createParser(yaml)) {
            YAMLParser parser = (YAMLParser) p;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                String what = parser.isCurrentAlias() ? "an alias (*name)"
                        : parser.getObjectId() != null ? "an anchor (&name)"
                        : parser.getTypeId() != null ? "a tag (!tag)" : null;
                if (what != null) {
                    problems.error(at(path, parser.currentTokenLocation(), offset), "front matter uses " + what
                            + "; write plain values (quote text that starts with &, * or !)");
                    ok = false;
                }
            }
        }
        return ok;
    }

    private static SourcePos position(String path, JsonProcessingException e, int offset) {
        MarkedYAMLException marked = markedCause(e);
        Mark mark = marked == null ? null : marked.getProblemMark();
        if (mark != null) return SourcePos.of(path, mark.getLine() + 1 + offset, mark.getColumn() + 1);
        return at(path, e.getLocation(), offset);
    }

    private static String message(JsonProcessingException e) {
        MarkedYAMLException marked = markedCause(e);
        if (marked != null) {
            String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
            return withoutParserInternals(context + marked.getProblem());
        }
        return withoutParserInternals(JsonErrorMessages.syntax(e.getOriginalMessage(), "", null));
    }

    /**
     * Editors read these messages: "<org.yaml.snakeyaml.events.AliasEvent(anchor=a)>" becomes "an alias (*a)"
     * style plain words (found by fuzzing: the parser's class names leaked into the build output).
     */
    static String withoutParserInternals(String message) {
        return message
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.AliasEvent\\(anchor=([^)]*)\\)>", "an alias *$1")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent\\([^)]*\\)>", "a list")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent\\([^)]*\\)>", "a nested mapping")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\([^)]*\\)>", "a YAML $1")
                .replace("(Scalar value in YAML)", "(a plain key)");
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException) return (MarkedYAMLException) t;
        }
        return null;
    }

    private static SourcePos at(String path, JsonLocation loc, int offset) {
        if (loc == null) return SourcePos.of(path, 1 + offset, 1);
        return SourcePos.of(path, Math.max(1, loc.getLineNr()) + offset, Math.max(1, loc.getColumnNr()));
    }
}
