package uz.shaffof.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
        Map<String, Map<String, Set<Integer>>> shards = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc d = docs.get(id);
            for (String k : new LinkedHashSet<>(SearchFold.keys(d.titleLatn() + " " + d.text()))) {
                String key = k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k;
                shards.computeIfAbsent(shardOf(key), s -> new TreeMap<>())
                        .computeIfAbsent(key, x -> new TreeSet<>()).add(id);
            }
        }
        List<OutputFile> out = new ArrayList<>();
        for (var shard : shards.entrySet()) out.add(json("search/t-" + shard.getKey() + ".json", shard.getValue()));
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
