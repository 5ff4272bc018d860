package uz.shaffof.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothSpellingsOfAWordFoldToOneKey() {
        assertEquals(SearchFold.key("Toshkent"), SearchFold.key("Тошкент"));
        assertEquals(SearchFold.key("TOSHKENT"), SearchFold.key("тошкент"));
        assertEquals(SearchFold.key("Oʻzbekiston"), SearchFold.key("Ўзбекистон"));
        assertEquals(SearchFold.key("O'zbekiston"), SearchFold.key("O‘zbekiston"));
        assertEquals(SearchFold.key("yer"), SearchFold.key("ер"));
        assertEquals(SearchFold.key("federatsiya"), SearchFold.key("федерация"));
        assertEquals(SearchFold.key("ketsa"), SearchFold.key("кетса"));
        assertEquals(SearchFold.key("maʼlumot"), SearchFold.key("маълумот"));
        assertEquals(List.of("andijon", "viloyati", "2016"), SearchFold.keys("Андижон вилояти, 2016."));
    }

    @Test
    void aLatinQueryFindsCyrillicTextAndTheReverse() throws IOException {
        List<SearchDoc> docs = List.of(new SearchDoc("regions/toshkent-shahri/", "Toshkent shahri", "Тошкент шаҳри",
                "Тошкент шаҳри бўйича маълумот йўқ"), new SearchDoc("regions/andijon/", "Andijon viloyati",
                "Андижон вилояти", "Andijon viloyatida internet foydalanuvchilari"));
        Map<String, OutputFile> files = index(docs);
        assertEquals(List.of(0), lookup(files, "Toshkent"));
        assertEquals(List.of(0), lookup(files, "тошкент"));
        assertEquals(List.of(1), lookup(files, "Андижон"));
        assertEquals(List.of(1), lookup(files, "интернет"));
        assertEquals(List.of(1), lookup(files, "вил")); // a prefix in one script finds the other's word
        assertEquals(List.of(0), lookup(files, "shah")); // шаҳри
    }

    @Test
    void wordsWithTheSameHashStayApart() {
        // "Aa" and "BB" (and so their concatenations) share String.hashCode, which the word table hashes with.
        List<SearchDoc> docs = List.of(new SearchDoc("a/", "Aa", "Aa", "AaAa BBBB"),
                new SearchDoc("b/", "BB", "BB", "AaBB BBAa AaAa"));
        Map<String, OutputFile> files = index(docs);
        assertEquals("{\"aa\":[0],\"aaaa\":[0,1],\"aabb\":[1]}\n", files.get("search/t-aa.json").text());
        assertEquals("{\"bb\":[1],\"bbaa\":[1],\"bbbb\":[0]}\n", files.get("search/t-bb.json").text());
    }

    /** The documents whose words start with the query's key, as search.js finds them. */
    private static List<Integer> lookup(Map<String, OutputFile> files, String query) throws IOException {
        String key = SearchFold.key(query);
        OutputFile shard = files.get("search/t-" + SearchIndex.shardOf(key) + ".json");
        List<Integer> ids = new ArrayList<>();
        if (shard == null) return ids;
        JsonNode n = JSON.readTree(shard.bytes());
        n.fields().forEachRemaining(e -> {
            if (e.getKey().startsWith(key)) e.getValue().forEach(id -> {
                if (!ids.contains(id.asInt())) ids.add(id.asInt());
            });
        });
        ids.sort(null);
        return ids;
    }

    private static Map<String, OutputFile> index(List<SearchDoc> docs) {
        Map<String, OutputFile> m = new TreeMap<>();
        for (OutputFile f : SearchIndex.write(docs)) m.put(f.path(), f);
        return m;
    }

    /**
     * A phone's first query on a 1,000-page site downloads the folding rules, the page list of its edition and
     * one shard: under 150 KB gzipped even for the biggest shard (the budget of the issue).
     */
    @Test
    void theFirstQueryOnAThousandPageSiteTransfersUnder150Kilobytes() {
        Transliterator t = Transliterator.standard();
        Random random = new Random(20261123);
        List<String> vocabulary = syllableWords(random, 3000);
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 600; w++) text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
            String title = "Hisobot " + i + " " + vocabulary.get(i % vocabulary.size());
            String body = i % 2 == 0 ? text.toString() : t.convert(text.toString(), Script.CYRILLIC);
            docs.add(new SearchDoc("reports/page-" + i + "/", title, t.convert(title, Script.CYRILLIC), body));
        }
        Map<String, OutputFile> files = index(docs);
        int biggestShard = files.entrySet().stream().filter(e -> e.getKey().startsWith("search/t-"))
                .mapToInt(e -> gzip(e.getValue().bytes())).max().orElseThrow();
        int first = gzip(files.get("search/meta.json").bytes()) + gzip(files.get("uz/search/docs.json").bytes())
                + biggestShard;
        assertTrue(first < 150 * 1024, "first query transfers " + first + " bytes gzipped");
    }

    private static List<String> syllableWords(Random random, int n) {
        String[] onsets = {"b", "d", "g", "h", "j", "k", "l", "m", "n", "q", "r", "s", "t", "x", "y", "z", "sh", "ch", ""};
        String[] vowels = {"a", "i", "o", "u", "e", "oʻ"};
        String[] suffixes = {"", "lar", "ning", "da", "ga", "dan", "lik"};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(2); s++) {
                w.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
            }
            words.add(w.append(suffixes[random.nextInt(suffixes.length)]).toString());
        }
        return words;
    }

    static int gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
