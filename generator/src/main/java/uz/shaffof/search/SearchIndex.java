package uz.shaffof.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uz.shaffof.output.OutputFile;

/**
 * Writes the search index: {@code search/meta.json} (the folding rules and the shard names),
 * {@code search/t-XX.json} shards mapping keys that start with {@code XX} to the pages that contain them, and
 * one {@code docs.json} per edition with titles and links. A query downloads the meta, the docs of its
 * edition, and one shard per word: a few kilobytes where a single index would cost a phone the whole site's
 * vocabulary. Linear in the size of the site.
 */
public final class SearchIndex {
    /** Keys longer than this add nothing to prefix search and only bloat shards. */
    static final int MAX_KEY = 24;

    /** Immutable once configured; sorted keys make the files byte-stable. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SearchIndex() {}

    public static List<OutputFile> write(List<SearchDoc> docs) {
        Builder index = new Builder(docs.size());
        IntStream.range(0, docs.size()).parallel().forEach(id -> index.add(id, docs.get(id)));
        return index.files();
    }

    /**
     * Builds the index page by page, from any number of threads, keeping only each page's distinct keys (shared
     * between pages) and titles, not its text: a pipeline that streams its pages to disk need not hold the site's
     * text to index it. {@code new Builder(n)}, then {@code add(id, doc)} once for each id in {@code [0, n)}, then
     * {@link #files()}.
     */
    public static final class Builder {
        private final String[][] keysByDoc;
        private final SearchDoc[] titles;
        /** Each word as written, its key: see {@link SearchFold#forEachKey(String, Map, Consumer)}. */
        private final Map<String, String> memo = new ConcurrentHashMap<>();

        public Builder(int size) {
            keysByDoc = new String[size][];
            titles = new SearchDoc[size];
        }

        /** Indexes page {@code id} (its position in the docs lists); thread-safe for distinct ids. */
        public void add(int id, SearchDoc doc) {
            // The keys are the memo's strings, shared by every page that has the word.
            keysByDoc[id] = keysOf(doc, memo).toArray(new String[0]);
            titles[id] = new SearchDoc(doc.route(), doc.titleLatn(), doc.titleCyrl(), "");
        }

        /** The index files; every id must have been added. */
        public List<OutputFile> files() {
            // One pass in page order, so that every key's page list comes out ascending without sorting it.
            Map<String, Postings> postings = new HashMap<>();
            for (int id = 0; id < keysByDoc.length; id++) {
                if (keysByDoc[id] == null) throw new IllegalStateException("search document " + id + " was not added");
                for (String key : keysByDoc[id]) postings.computeIfAbsent(key, k -> new Postings()).add(id);
            }
            return write(postings, List.of(titles));
        }
    }

    private static List<OutputFile> write(Map<String, Postings> postings, List<SearchDoc> docs) {
        String[] keys = postings.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Map<String, StringBuilder> shards = new TreeMap<>();
        for (String key : keys) {
            appendEntry(shards.computeIfAbsent(shardOf(key), s -> new StringBuilder("{")), key, postings.get(key));
        }
        List<OutputFile> out = new ArrayList<>();
        for (var shard : shards.entrySet()) {
            out.add(new OutputFile("search/t-" + shard.getKey() + ".json",
                    shard.getValue().append("}\n").toString().getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        Map<String, String> letters = new TreeMap<>();
        SearchFold.LETTERS.forEach((c, v) -> letters.put(String.valueOf(c), v));
        meta.put("letters", letters);
        meta.put("sequences", SearchFold.SEQUENCES);
        meta.put("maxKey", MAX_KEY);
        meta.put("shards", shards.keySet());
        out.add(json("search/meta.json", meta));
        out.add(json("uz/search/docs.json", docs.stream().map(d -> List.of(d.titleLatn(), d.route())).toList()));
        out.add(json("oz/search/docs.json", docs.stream().map(d -> List.of(d.titleCyrl(), d.route())).toList()));
        return out;
    }

    /** The distinct keys of a page (title and text), cut to {@link #MAX_KEY}. */
    private static Set<String> keysOf(SearchDoc d, Map<String, String> memo) {
        Set<String> keys = new HashSet<>();
        Consumer<String> add = k -> keys.add(k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k);
        SearchFold.forEachKey(d.titleLatn(), memo, add);
        SearchFold.forEachKey(d.text(), memo, add);
        return keys;
    }

    private static void appendEntry(StringBuilder json, String key, Postings ids) {
        if (json.length() > 1) json.append(',');
        appendString(json, key);
        json.append(":[");
        for (int n = 0; n < ids.size; n++) {
            if (n > 0) json.append(',');
            json.append(ids.ids[n]);
        }
        json.append(']');
    }

    /** A JSON string as Jackson writes it: quotes, backslashes and control characters escaped, the rest as is. */
    private static void appendString(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') json.append('\\').append(c);
            else if (c < 0x20) json.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            else json.append(c);
        }
        json.append('"');
    }

    /** The ascending ids of the pages that hold one key. */
    private static final class Postings {
        int[] ids = new int[4];
        int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) return;
            if (size == ids.length) ids = Arrays.copyOf(ids, size * 2);
            ids[size++] = id;
        }
    }

    /** The shard of a key: its first two characters when they are plain ASCII letters or digits, else "_". */
    public static String shardOf(String key) {
        String p = key.length() >= 2 ? key.substring(0, 2) : key;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return "_";
        }
        return p;
    }

    private static OutputFile json(String path, Object value) {
        try {
            return new OutputFile(path, (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search index value is not serialisable: " + path, e);
        }
    }
}
