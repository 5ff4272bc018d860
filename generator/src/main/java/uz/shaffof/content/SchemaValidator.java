package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * Checks content trees against the JSON Schemas (draft 2020-12) in {@code src/main/resources/schemas/}, reporting
 * every violation at once, each at its line and column with the JSON pointer of the value.
 *
 * <p>The schemas are loaded once, from the class path only: the registry gets a fixed map of schema texts and no
 * resource loader that could fetch a URL, so a {@code $ref} to a remote schema fails instead of reaching the
 * network (builds must be reproducible and offline). Thread-safe after construction.
 */
final class SchemaValidator {
    /** Every schema's {@code $id} starts with this; it names no server the build ever contacts. */
    static final String ID_PREFIX = "https://shaffof.example/schemas/";
    static final List<String> SCHEMA_NAMES = List.of("common", "site", "regions", "sources", "indicator", "portal",
            "websites", "projects", "outcome", "chart", "strings", "units", "report", "page");
    /** At most this many schema errors per file; past that, one more line says how many were left out. */
    static final int MAX_ERRORS_PER_FILE = 50;

    private final Map<String, Schema> byName = new LinkedHashMap<>();
    private final Map<FileKind, Schema> byKind = new EnumMap<>(FileKind.class);

    /** Loads the project's schemas from the class path. */
    static SchemaValidator fromClasspath() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : SCHEMA_NAMES) texts.put(ID_PREFIX + name + ".schema.json", resource(name));
        return new SchemaValidator(texts);
    }

    /** A validator over the given schema texts, keyed by their {@code $id}. */
    SchemaValidator(Map<String, String> schemaTexts) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .errorMessageKeyword("message")
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaRegistryConfig(config)
                .nodeReader(r -> r.locationAware())
                .schemaLoader(l -> l.fetchRemoteResources(false).resourceLoaders(r -> r.resources(Map.copyOf(schemaTexts)))));
        for (String iri : schemaTexts.keySet()) {
            Schema schema = registry.getSchema(SchemaLocation.of(iri));
            schema.initializeValidators(); // resolve every $ref now, not on the first file that needs it
            String name = iri.substring(iri.lastIndexOf('/') + 1).replace(".schema.json", "");
            byName.put(name, schema);
        }
        for (FileKind kind : FileKind.values()) {
            if (kind.schema() != null && byName.containsKey(kind.schema())) byKind.put(kind, byName.get(kind.schema()));
        }
    }

    /** Every violation of {@code kind}'s schema in {@code tree}. */
    List<Problem> validate(FileKind kind, FileTree tree) {
        Schema schema = byKind.get(kind);
        if (schema == null) throw new IllegalArgumentException("no schema for " + kind);
        return validate(schema, tree);
    }

    /** Every violation of the schema named {@code name} ({@code indicator} for indicator.schema.json). */
    List<Problem> validate(String name, FileTree tree) {
        Schema schema = byName.get(name);
        if (schema == null) throw new IllegalArgumentException("no schema named " + name);
        return validate(schema, tree);
    }

    private static List<Problem> validate(Schema schema, FileTree tree) {
        List<Error> errors = schema.validate(tree.root());
        List<Problem> out = new ArrayList<>();
        for (Error e : errors) {
            if (out.size() == MAX_ERRORS_PER_FILE) {
                out.add(Problem.error(SourcePos.of(tree.path(), 1 + tree.lineOffset(), 1), "... and "
                        + (errors.size() - MAX_ERRORS_PER_FILE) + " more schema errors in this file"));
                break;
            }
            out.add(Problem.error(position(tree, e), pointer(e) + ": " + message(e)));
        }
        return out;
    }

    /** The value the error is about; for an unknown property, that property's value rather than its object. */
    private static SourcePos position(FileTree tree, Error e) {
        JsonNode node = e.getInstanceNode();
        if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null && node != null && node.isObject()
                && node.get(e.getProperty()) != null) {
            return tree.pos(node.get(e.getProperty()));
        }
        return tree.pos(node);
    }

    private static String pointer(Error e) {
        String p = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
            p = p + "/" + e.getProperty().replace("~", "~0").replace("/", "~1");
        }
        return p.isEmpty() ? "/" : p;
    }

    /** The error's message; a custom message that is not a valid MessageFormat pattern must not crash the load. */
    private static String message(Error e) {
        try {
            return e.getMessage();
        } catch (IllegalArgumentException bad) {
            return "violates the schema keyword \"" + e.getKeyword() + "\"";
        }
    }

    private static String resource(String name) {
        String path = "/schemas/" + name + ".schema.json";
        try (InputStream in = SchemaValidator.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("schema missing from the class path: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + path, e);
        }
    }
}
