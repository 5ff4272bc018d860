package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;

class SchemaValidatorTest {
    @TempDir
    Path dir;

    /** RELIABILITY row 13: four seeded errors in one file come back together, each with line:col and pointer. */
    @Test
    void reportsAllFourSeededErrorsAtOnce() {
        String text = """
                {
                  "id": "users",
                  "title": 5,
                  "definition": "Фойдаланувчилар сони.",
                  "methodology": "Ҳисоботдан.",
                  "unit": "person",
                  "better": "higher",
                  "topic": "connectivity",
                  "observations": [
                    {"region": "UZ-AN", "year": "2016", "value": 100, "source": {"id": "src-a", "locator": "1"}},
                    {"region": "UZ-TK", "year": 2016, "value": 50, "extra": true, "source": {"id": "src-a", "locator": "1"}},
                    {"region": "UZ-AN", "year": 2015, "value": "many", "source": {"id": "src-a", "locator": "1"}}
                  ]
                }
                """;
        LoadResult r = ContentFixture.minimal(dir).write("content/indicators/users.json", text).load();
        List<String> got = r.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "content/indicators/users.json:3:12: /title: must be text: a string, or an object with uz-Latn and uz-Cyrl",
                "content/indicators/users.json:10:33: /observations/0/year: string found, integer expected",
                "content/indicators/users.json:11:61: /observations/1/extra: property 'extra' is not defined in the "
                        + "schema and the schema does not allow additional properties",
                "content/indicators/users.json:12:48: /observations/2/value: string found, number expected"), got);
    }

    @Test
    void loadsEverySchemaOfTheProject() {
        SchemaValidator v = SchemaValidator.fromClasspath();
        for (FileKind kind : FileKind.values()) {
            if (kind.schema() == null) continue;
            // An empty object is wrong for every kind but strings (any keys): the schema exists and runs.
            List<Problem> problems = v.validate(kind, tree("{}"));
            if (kind != FileKind.STRINGS) assertFalse(problems.isEmpty(), kind + " accepted {}");
        }
    }

    /** RELIABILITY row 13: a $ref to a remote schema never reaches the network. */
    @Test
    void neverFetchesARemoteSchema() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/remote.schema.json";
            String id = SchemaValidator.ID_PREFIX + "probe.schema.json";
            String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"" + id + "\", "
                    + "\"type\": \"object\", \"properties\": {\"x\": {\"$ref\": \"" + remote + "\"}}}";
            List<Object> outcome = new ArrayList<>();
            try {
                SchemaValidator v = new SchemaValidator(Map.of(id, schema));
                outcome.addAll(v.validate("probe", tree("{\"x\": 1}")));
            } catch (RuntimeException expected) {
                outcome.add(expected.getClass().getSimpleName()); // unresolvable $ref: fine, as long as nothing was fetched
            }
            assertEquals(0, requests.get(), "the validator fetched a remote schema; outcome: " + outcome);
        } finally {
            server.stop(0);
        }
    }

    /** networknt formats custom messages with MessageFormat: a brace or apostrophe in one breaks the message. */
    @Test
    void customMessagesAreSafeMessageFormatPatterns() throws IOException {
        ObjectMapper m = new ObjectMapper();
        for (String name : SchemaValidator.SCHEMA_NAMES) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/" + name + ".schema.json")) {
                List<String> messages = new ArrayList<>();
                collectMessages(m.readTree(in), messages);
                for (String msg : messages) {
                    assertFalse(msg.matches(".*[{}'].*"), name + ": message needs MessageFormat escaping: " + msg);
                }
            }
        }
    }

    private static void collectMessages(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("message") && e.getValue().isObject()) e.getValue().forEach(v -> out.add(v.asText()));
                else collectMessages(e.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectMessages(n, out));
        }
    }

    private static FileTree tree(String json) {
        FileTree t = new StrictJsonReader().read("content/x.json", json, new Problems());
        assertTrue(t != null, "fixture JSON must parse");
        return t;
    }
}
