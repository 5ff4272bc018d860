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
    void aPagesTextFilesGoToTheSinkWhenItIsAddedAndTheIndexKeepsOnlyItsTitlesAndDescription() {
        List<String> taken = new ArrayList<>();
        SearchIndex.Builder index = SearchIndex.builder(2, SearchAliases.NONE, f -> {
            taken.add(f.path());
            return f;
        });
        SearchDoc first = new SearchDoc("a/", "report", new SearchDoc.Face("Andijon", "Hisobot", "Andijon matni"),
                new SearchDoc.Face("Андижон", "Ҳисобот", "Андижон матни"), "Andijon matni");
        index.add(0, first);
        assertEquals(List.of("uz/search/text/0.json", "oz/search/text/0.json"), taken);
        index.add(1, new SearchDoc("b/", "Buxoro", "Бухоро", "Buxoro"));
        assertEquals(4, taken.size());
        SearchDoc listed = index.listed().get(0);
        assertEquals(new SearchDoc("a/", "report", new SearchDoc.Face("Andijon", "Hisobot", ""),
                new SearchDoc.Face("Андижон", "Ҳисобот", ""), ""), listed);
        Map<String, String> files = new TreeMap<>();
        for (OutputFile f : index.files()) files.put(f.path(), f.text());
        assertEquals("\"Андижон матни\"\n", files.get("oz/search/text/0.json"));
        assertEquals(4, taken.size(), "the index's other files are the caller's to hand over");
    }

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
        assertEquals(SearchFold.key("Bukhara"), SearchFold.key("Бухара")); // English kh is х
        assertEquals(SearchFold.key("Jizzakh"), SearchFold.key("Jizzax"));
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

    /**
     * English and Russian names of a region (CLDR's, bundled) lead to the Uzbek name the site writes, in the index's
     * published aliases, as search.js expands a query word: whole (Andijan, Андижан) or begun (Samarkand of
     * Самаркандская, Tashk).
     */
    @Test
    void englishAndRussianSpellingsOfARegionFindThePagesOfItsUzbekName() throws IOException {
        List<SearchDoc> docs = List.of(
                new SearchDoc("regions/andijon/", "Andijon viloyati", "Андижон вилояти", "Andijon viloyati"),
                new SearchDoc("regions/buxoro/", "Buxoro viloyati", "Бухоро вилояти", "Бухоро вилояти"),
                new SearchDoc("regions/samarqand/", "Samarqand viloyati", "Самарқанд вилояти", "Samarqand"),
                new SearchDoc("regions/toshkent-shahri/", "Toshkent shahri", "Тошкент шаҳри", "Toshkent shahri"),
                new SearchDoc("regions/qoraqalpogiston/", "Qoraqalpogʻiston Respublikasi",
                        "Қорақалпоғистон Республикаси", "Qoraqalpogʻiston Respublikasi"));
        SearchAliases aliases = SearchAliases.forPlaces(Map.of("UZ-AN", "Андижон вилояти", "UZ-BU", "Бухоро вилояти",
                "UZ-SA", "Самарқанд вилояти", "UZ-TK", "Тошкент шаҳри", "UZ-QR", "Қорақалпоғистон Республикаси"));
        Map<String, OutputFile> files = index(docs, aliases);
        assertEquals(List.of(0), lookup(files, "Andijan"));
        assertEquals(List.of(0), lookup(files, "Андижан"));
        assertEquals(List.of(1), lookup(files, "Bukhara"));
        assertEquals(List.of(1), lookup(files, "Бухара"));
        assertEquals(List.of(2), lookup(files, "Samarkand"));
        assertEquals(List.of(3), lookup(files, "Tashk"));
        assertEquals(List.of(3), lookup(files, "Ташкент"));
        assertEquals(List.of(4), lookup(files, "Karakalpakstan"));
        assertEquals(List.of(), lookup(files, "Andijanx"));
        assertEquals(List.of(), lookup(index(docs), "Andijan"), "without the aliases, folding alone finds nothing");
    }

    /**
     * Each edition's list of pages holds title, route, kind and description, and each page's text for snippets is a
     * file of its own in the edition's script, cut to a bounded length: a query fetches only its results' texts.
     */
    @Test
    void eachEditionListsKindAndDescriptionAndHasEachPagesTextApart() throws IOException {
        String longText = "Андижон ".repeat(SearchIndex.MAX_EXCERPT);
        List<SearchDoc> docs = List.of(new SearchDoc("regions/andijon/", "region",
                new SearchDoc.Face("Andijon viloyati", "Andijon haqida", "Markazi: Andijon"),
                new SearchDoc.Face("Андижон вилояти", "Андижон ҳақида", longText), "Andijon viloyati"));
        Map<String, OutputFile> files = index(docs);
        assertEquals("[[\"Andijon viloyati\",\"regions/andijon/\",\"region\",\"Andijon haqida\"]]\n",
                files.get("uz/search/docs.json").text());
        assertEquals("[[\"Андижон вилояти\",\"regions/andijon/\",\"region\",\"Андижон ҳақида\"]]\n",
                files.get("oz/search/docs.json").text());
        assertEquals("\"Markazi: Andijon\"\n", files.get("uz/search/text/0.json").text());
        assertEquals(longText.substring(0, SearchIndex.MAX_EXCERPT),
                JSON.readTree(files.get("oz/search/text/0.json").bytes()).asText());
    }

    /** The documents whose words start with the query's key, as search.js finds them. */
    private static List<Integer> lookup(Map<String, OutputFile> files, String query) throws IOException {
        String word = SearchFold.key(query);
        // The word and the Uzbek name of every alias it starts, from the published table (search.js's expand).
        List<String> keys = new ArrayList<>(List.of(word));
        JsonNode aliases = JSON.readTree(files.get("search/meta.json").bytes()).path("aliases");
        aliases.fields().forEachRemaining(a -> {
            if (word.length() >= 3 && a.getKey().startsWith(word)) a.getValue().forEach(t -> keys.add(t.asText()));
        });
        List<Integer> ids = new ArrayList<>();
        for (String key : keys) {
            OutputFile shard = files.get("search/t-" + SearchIndex.shardOf(key) + ".json");
            if (shard == null) continue;
            JsonNode n = JSON.readTree(shard.bytes());
            n.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith(key)) e.getValue().forEach(id -> {
                    if (!ids.contains(id.asInt())) ids.add(id.asInt());
                });
            });
        }
        ids.sort(null);
        return ids;
    }

    private static Map<String, OutputFile> index(List<SearchDoc> docs) {
        return index(docs, SearchAliases.NONE);
    }

    private static Map<String, OutputFile> index(List<SearchDoc> docs, SearchAliases aliases) {
        Map<String, OutputFile> m = new TreeMap<>();
        for (OutputFile f : SearchIndex.write(docs, aliases)) m.put(f.path(), f);
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
