package uz.shaffof.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;

/**
 * The index is written by a fast path (no per-word normalisation of NFC text, folding into one buffer, postings
 * gathered in page order, shards written directly). These tests hold it to the plain definition: the same keys as
 * folding each word on its own, and the same bytes as the straightforward TreeMap-and-Jackson writer below.
 */
class SearchIndexEquivalenceTest {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzOʻGʻ'`‘’ʼ´ABCSHTSYEабвгғдеёжзийкқлмнопрстуўфхҳцчшщъыьэюяЁЎҚҒҲЦ"
            + "0123456789 ,.-–—«»\"\n\té\u0301İ\u0483ǅΣσΑẞ\uD801\uDC00";

    @Test
    void theNfcShortcutIsExactForEveryPairOfCharactersItSkips() {
        List<Character> skipped = new ArrayList<>();
        for (char c = 0; c < 0x2100; c++) {
            if (Character.isSurrogate(c)) continue;
            if (SearchFold.alreadyNfc(String.valueOf(c))) skipped.add(c);
        }
        assertTrue(skipped.size() > 900, "the shortcut covers Latin, Cyrillic and punctuation");
        for (char a : skipped) {
            assertTrue(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC), "U+" + Integer.toHexString(a));
            for (char b : skipped) {
                String pair = new String(new char[] {a, b});
                assertTrue(Normalizer.isNormalized(pair, Normalizer.Form.NFC),
                        () -> "U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
            }
        }
    }

    @Test
    void keysOfATextAreTheKeysOfItsWordsEachFoldedAlone() {
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            String text = randomText(random, 1 + random.nextInt(60));
            assertEquals(referenceKeys(text), SearchFold.keys(text), text);
        }
    }

    @Test
    void theIndexIsByteForByteTheStraightforwardOne() throws JsonProcessingException {
        Random random = new Random(11);
        for (int round = 0; round < 21; round++) {
            List<SearchDoc> docs = new ArrayList<>();
            // The last round is larger than a thread's batch of pages, several times over.
            int count = round == 20 ? 1000 : 1 + random.nextInt(40);
            for (int i = 0; i < count; i++) {
                docs.add(new SearchDoc("p" + i + "/", randomText(random, 8), randomText(random, 8),
                        randomText(random, random.nextInt(400))));
            }
            Map<String, byte[]> expected = referenceIndex(docs);
            Map<String, byte[]> actual = new TreeMap<>();
            for (OutputFile f : SearchIndex.write(docs)) actual.put(f.path(), f.bytes());
            assertEquals(expected.keySet(), actual.keySet());
            for (String path : expected.keySet()) {
                assertEquals(new String(expected.get(path), StandardCharsets.UTF_8),
                        new String(actual.get(path), StandardCharsets.UTF_8), path);
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.toString();
    }

    /** The definition: split into words, normalise, lower-case, map each letter, make the sequences equal. */
    private static List<String> referenceKeys(String text) {
        List<String> keys = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && SearchFold.isWordChar(text.charAt(i));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                String s = Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                StringBuilder out = new StringBuilder();
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    String mapped = SearchFold.LETTERS.get(c);
                    if (mapped != null) out.append(mapped);
                    else if (Character.isLetterOrDigit(c)) out.append(c);
                }
                String folded = out.toString();
                for (String[] seq : SearchFold.SEQUENCES) folded = folded.replace(seq[0], seq[1]);
                if (!folded.isEmpty()) keys.add(folded);
                start = -1;
            }
        }
        return keys;
    }

    /** The index as a TreeMap of TreeSets written by Jackson with sorted keys. */
    private static Map<String, byte[]> referenceIndex(List<SearchDoc> docs) throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        Map<String, Map<String, Set<Integer>>> shards = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc d = docs.get(id);
            for (String k : new LinkedHashSet<>(referenceKeys(d.titleLatn() + " " + d.text()))) {
                String key = k.length() > SearchIndex.MAX_KEY ? k.substring(0, SearchIndex.MAX_KEY) : k;
                shards.computeIfAbsent(SearchIndex.shardOf(key), s -> new TreeMap<>())
                        .computeIfAbsent(key, x -> new TreeSet<>()).add(id);
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (var shard : shards.entrySet()) {
            files.put("search/t-" + shard.getKey() + ".json",
                    (json.writeValueAsString(shard.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> meta = new java.util.LinkedHashMap<>();
        meta.put("version", 2);
        meta.put("aliases", Map.of());
        Map<String, String> letters = new TreeMap<>();
        SearchFold.LETTERS.forEach((c, v) -> letters.put(String.valueOf(c), v));
        meta.put("letters", letters);
        meta.put("sequences", SearchFold.SEQUENCES);
        meta.put("maxKey", SearchIndex.MAX_KEY);
        meta.put("shards", shards.keySet());
        files.put("search/meta.json", (json.writeValueAsString(meta) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("uz/search/docs.json", (json.writeValueAsString(docs.stream()
                .map(d -> List.of(d.titleLatn(), d.route(), d.kind(), d.latn().description())).toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("oz/search/docs.json", (json.writeValueAsString(docs.stream()
                .map(d -> List.of(d.titleCyrl(), d.route(), d.kind(), d.cyrl().description())).toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        for (int id = 0; id < docs.size(); id++) {
            files.put("uz/search/text/" + id + ".json",
                    (json.writeValueAsString(docs.get(id).latn().excerpt()) + "\n").getBytes(StandardCharsets.UTF_8));
            files.put("oz/search/text/" + id + ".json",
                    (json.writeValueAsString(docs.get(id).cyrl().excerpt()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
