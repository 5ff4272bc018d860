package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.problem.Problems;

class StrictJsonReaderTest {
    private final StrictJsonReader reader = new StrictJsonReader();

    /** RELIABILITY row 6: the limits are explicit, and these are they. */
    @Test
    void limitsAreExplicit() {
        assertEquals(1_000_000, StrictJsonReader.CONSTRAINTS.getMaxStringLength());
        assertEquals(64, StrictJsonReader.CONSTRAINTS.getMaxNestingDepth());
        assertEquals(100, StrictJsonReader.CONSTRAINTS.getMaxNumberLength());
        assertEquals(20_000_000L, StrictJsonReader.CONSTRAINTS.getMaxDocumentLength());
        assertEquals(20L * 1024 * 1024, ContentFormat.JSON.maxBytes());
        assertEquals(2L * 1024 * 1024, ContentFormat.MARKDOWN.maxBytes());
    }

    /**
     * Regression: Jackson 2.22.4's JsonFactoryBuilder.disable(first, other...) enables the "other" features, which
     * once turned on comments, NaN and single quotes here. Each lenient feature must reject its input.
     */
    @Test
    void everyLenientFeatureIsOff() {
        List<String> lenientInputs = List.of("{\"a\": 1 // c\n}", "{\"a\": 1 # c\n}", "{'a': 1}", "{\"a\": NaN}",
                "{\"a\": [1,]}", "{a: 1}", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": 5.}", "{\"a\": +5}", "{\"a\": [1,,2]}",
                "{\"a\": \"x\u0001y\"}", "{\"a\": \"\\q\"}", "\u001E{\"a\": 1}");
        assertEquals(StrictJsonReader.LENIENT.size(), lenientInputs.size());
        for (JsonReadFeature f : JsonReadFeature.values()) {
            if (f.name().startsWith("ALLOW_")) assertTrue(StrictJsonReader.LENIENT.contains(f), f + " is not listed");
        }
        for (String input : lenientInputs) {
            Problems p = new Problems();
            assertNull(reader.read("content/x.json", input, p), "accepted " + input);
            assertTrue(p.hasErrors());
        }
    }

    @Test
    void positionsCountCharactersNotBytes() {
        Problems p = new Problems();
        FileTree t = reader.read("content/x.json", "{\"ном\": \"ўзбек\", \"b\": {\"c\": 1}}", p);
        assertNotNull(t);
        assertEquals("content/x.json:1:23", t.pos(t.root().get("b")).toString());
    }

    @Test
    void messagesSayWhatIsWrongInPlainWords() {
        assertMessage("{\"a\": 1,}", "content/x.json:1:9: trailing comma before '}': JSON does not allow a comma after the last item");
        assertMessage("{\"a\": 1, \"a\": 2}", "content/x.json:1:13: duplicate key \"a\" in this object: each key may appear only once");
        assertMessage("{\"a\": 1} {}", "content/x.json:1:10: unexpected content after the end of the JSON value: a content file holds exactly one JSON object");
        assertMessage("{\"a\": [1, 2", "content/x.json:1:12: the file ends before the JSON value is complete: a closing '}' or ']' (or a closing quote) is missing");
    }

    private void assertMessage(String json, String expected) {
        Problems p = new Problems();
        reader.read("content/x.json", json, p);
        assertEquals(expected, p.sorted().get(0).toString());
    }
}
