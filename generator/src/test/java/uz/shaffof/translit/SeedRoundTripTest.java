package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two source documents (cleaned, see seed-corrections.md) against their hand-checked Latin editions,
 * with the project glossary as the site uses it.
 */
class SeedRoundTripTest {
    /**
     * Words allowed to differ after a round trip because no rule or entry can decide them. Empty: every
     * word of both seeds is decided by the rules, the dictionary or the glossary.
     */
    private static final Set<String> ALLOWED_AMBIGUITIES = Set.of();

    private static final Transliterator T = ProjectGlossary.transliterator();

    @ParameterizedTest(name = "seed-{0}: Cyrillic→Latin equals the Latin edition")
    @ValueSource(strings = {"000", "002"})
    void cyrillicToLatinEqualsLatinEdition(String seed) throws IOException {
        assertEquals(read(seed, "latn"), T.toLatin(read(seed, "cyrl")));
    }

    @ParameterizedTest(name = "seed-{0}: Latin→Cyrillic equals the Cyrillic edition")
    @ValueSource(strings = {"000", "002"})
    void latinToCyrillicEqualsCyrillicEdition(String seed) throws IOException {
        assertEquals(read(seed, "cyrl"), T.toCyrillic(read(seed, "latn")));
    }

    @ParameterizedTest(name = "seed-{0}: Cyrillic→Latin→Cyrillic word for word")
    @ValueSource(strings = {"000", "002"})
    void cyrillicRoundTrip(String seed) throws IOException {
        String cyrl = read(seed, "cyrl");
        assertWordForWord(cyrl, T.toCyrillic(T.toLatin(cyrl)));
    }

    @ParameterizedTest(name = "seed-{0}: Latin→Cyrillic→Latin word for word")
    @ValueSource(strings = {"000", "002"})
    void latinRoundTrip(String seed) throws IOException {
        String latn = read(seed, "latn");
        assertWordForWord(latn, T.toLatin(T.toCyrillic(latn)));
    }

    @ParameterizedTest(name = "seed-{0}: the Latin edition is the same document (lines, words, figures)")
    @ValueSource(strings = {"000", "002"})
    void editionsAlign(String seed) throws IOException {
        String cyrl = read(seed, "cyrl");
        String latn = read(seed, "latn");
        assertEquals(cyrl.split("\n", -1).length, latn.split("\n", -1).length);
        // A date numeral is its own word in both: "2016 йил" and "2016-yil" (each script's convention).
        String words = "\\s+|(?<=\\d)-(?=\\p{L})";
        assertEquals(cyrl.split(words).length, latn.split(words).length);
        assertEquals(cyrl.replaceAll("[^0-9]", ""), latn.replaceAll("[^0-9]", ""), "figures must not change");
        assertTrue(latn.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                "no Cyrillic letter in the Latin edition");
    }

    private static void assertWordForWord(String expected, String actual) {
        String[] e = expected.split("\\s+");
        String[] a = actual.split("\\s+");
        assertEquals(e.length, a.length, "word count");
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < e.length; i++) {
            if (!e[i].equals(a[i]) && !ALLOWED_AMBIGUITIES.contains(e[i])) {
                diffs.add(e[i] + " → " + a[i]);
            }
        }
        assertEquals(List.of(), diffs);
        assertEquals(expected, actual);
    }

    static String read(String seed, String script) throws IOException {
        String name = "/translit/seed-" + seed + "." + script + ".txt";
        try (InputStream in = SeedRoundTripTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
