package uz.shaffof.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import java.io.IOException;
import java.util.List;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Parses one JSON content file into a tree whose every node knows its line and column, refusing everything
 * Jackson would otherwise let through: duplicate keys (the second silently wins), content after the value,
 * comments, single quotes, NaN, leading zeros, unquoted keys. Numbers are kept exactly: integers as
 * {@link java.math.BigInteger}, decimals as {@link java.math.BigDecimal} with their trailing zeros ({@code 12.30}
 * stays {@code 12.30}); a double would turn {@code 12345678901234567.89} into {@code 1.2345678901234568E16}.
 *
 * <p>The text is parsed from characters, after {@link SourceDecoder} has validated the UTF-8, because Jackson's
 * byte parser counts columns in bytes: in a Cyrillic line every column would be about twice what the editor shows.
 *
 * <p>Thread-safe: the mapper is configured once and never changed.
 */
final class StrictJsonReader {
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(1_000_000)
            .maxNameLength(1_000)
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxDocumentLength(20_000_000L)
            .maxTokenCount(2_000_000L)
            .build();

    /** Everything JSON does not allow, which Jackson can be told to accept. */
    static final List<JsonReadFeature> LENIENT = List.of(JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_YAML_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_RS_CONTROL_CHAR);

    private final ObjectMapper mapper;

    StrictJsonReader() {
        JsonFactoryBuilder builder = new JsonFactoryBuilder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(CONSTRAINTS);
        // One call per feature: JsonFactoryBuilder.disable(first, other...) enables the "other" ones (seen in
        // 2.22.4), which turned comments, NaN and single quotes on. They are off by default; say so explicitly.
        for (JsonReadFeature lenient : LENIENT) builder.disable(lenient);
        JsonFactory factory = builder.build();
        mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // Keep "12.30" as written: the default strips it to 12.3.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** The tree of {@code text} (the file at {@code path}), or null after reporting the problem. */
    FileTree read(String path, String text, Problems problems) {
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            try {
                JsonNode root = mapper.reader(new LocationJsonNodeFactory(parser)).readTree(parser);
                if (root == null || root.isMissingNode()) {
                    problems.error(SourcePos.file(path), "file is empty; expected a JSON object");
                    return null;
                }
                // FAIL_ON_TRAILING_TOKENS normally reports this; the explicit check keeps the rule if that changes.
                if (parser.nextToken() != null) {
                    problems.error(at(path, parser.currentTokenLocation()), "unexpected content after the end of the "
                            + "JSON value: a content file holds exactly one JSON object");
                    return null;
                }
                return new FileTree(path, root, 0);
            } catch (StreamConstraintsException e) {
                // The exception carries no location; the parser knows where it stopped.
                problems.error(at(path, parser.currentLocation()), JsonErrorMessages.constraint(e.getMessage()));
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                problems.error(at(path, loc), JsonErrorMessages.syntax(e.getOriginalMessage(), text, loc));
            }
        } catch (IOException e) {
            problems.error(SourcePos.file(path), "cannot parse JSON (" + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    private static SourcePos at(String path, JsonLocation loc) {
        if (loc == null) return SourcePos.file(path);
        return SourcePos.of(path, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
