package uz.shaffof.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import uz.shaffof.pipeline.ParallelMap;
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
     * between pages) and titles: {@code new Builder(n)}, then {@code add(id, doc)} once for each id in
     * {@code [0, n)}, then {@link #files()}.
     */
    static final class Builder {
        private final SearchDoc[] titles;
        /** Each thread's words and page lists, merged by {@link #files()}. */
        private final Map<Thread, Part> parts = new ConcurrentHashMap<>();

        Builder(int size) {
            titles = new SearchDoc[size];
        }

        /** Indexes page {@code id} (its position in the docs lists); thread-safe for distinct ids. */
        void add(int id, SearchDoc doc) {
            titles[id] = new SearchDoc(doc.route(), doc.titleLatn(), doc.titleCyrl(), "");
            parts.computeIfAbsent(Thread.currentThread(), t -> new Part()).add(id, doc);
        }

        /** The index files; every id must have been added. */
        List<OutputFile> files() {
            for (int id = 0; id < titles.length; id++) {
                if (titles[id] == null) throw new IllegalStateException("search document " + id + " was not added");
            }
            // Every add has returned, so no thread touches its part any more. Each part still holds up to a batch
            // of unread pages: they are read in parallel, one part per thread, as nothing else runs now.
            List<Part> all = List.copyOf(parts.values());
            all.parallelStream().forEach(Part::flush);
            List<WordTable> tables = new ArrayList<>();
            for (Part part : all) tables.add(part.words);
            return write(PostingLists.of(tables, titles.length), List.of(titles));
        }
    }

    /**
     * One thread's part of the index: its word table, and the pages given to it but not yet read. Pages are read
     * {@value #BATCH} at a time, so that the table stays in the CPU caches for a batch; read one at a time between
     * the other stages' work on that thread, the index took about four times as long per word.
     */
    private static final class Part {
        static final int BATCH = 128;
        final WordTable words = new WordTable(SearchIndex::cutKey);
        private final int[] ids = new int[BATCH];
        private final SearchDoc[] pending = new SearchDoc[BATCH];
        private int size;

        void add(int id, SearchDoc page) {
            ids[size] = id;
            pending[size++] = page;
            if (size == BATCH) flush();
        }

        void flush() {
            for (int i = 0; i < size; i++) {
                SearchDoc page = pending[i];
                pending[i] = null;
                words.startPage(ids[i]);
                words.text(page.titleLatn());
                words.wordBreak();
                words.text(page.text());
                words.wordBreak();
            }
            size = 0;
        }
    }

    /** A word's key cut to {@link #MAX_KEY}; empty when the word has none. */
    private static String cutKey(String word) {
        String key = SearchFold.key(word);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    private static List<OutputFile> write(PostingLists postings, List<SearchDoc> docs) {
        Map<String, List<Integer>> shards = new TreeMap<>(); // the numbers of each shard's keys, in key order
        for (int k = 0; k < postings.size(); k++) {
            shards.computeIfAbsent(shardOf(postings.key(k)), s -> new ArrayList<>()).add(k);
        }
        ShardWriter writer = new ShardWriter(docs.size());
        // Every file is independent of the others, and this runs after every page is built: all of them are made in
        // parallel, one at a time by whichever worker is free, the two lists of titles (the largest, made by
        // Jackson) first. Made after the shards, one after the other, they kept a core idle for a third of the
        // index's last phase.
        List<Supplier<OutputFile>> files = new ArrayList<>();
        files.add(() -> json("uz/search/docs.json", docs.stream().map(d -> List.of(d.titleLatn(), d.route())).toList()));
        files.add(() -> json("oz/search/docs.json", docs.stream().map(d -> List.of(d.titleCyrl(), d.route())).toList()));
        files.add(() -> json("search/meta.json", meta(shards.keySet())));
        shards.forEach((shard, keys) ->
                files.add(() -> new OutputFile("search/t-" + shard + ".json", writer.write(postings, keys))));
        List<OutputFile> made = ParallelMap.of(files, Supplier::get);
        // The order of before: the shards by name, then the meta and the two lists of titles.
        List<OutputFile> out = new ArrayList<>(made.subList(3, made.size()));
        out.add(made.get(2));
        out.add(made.get(0));
        out.add(made.get(1));
        return out;
    }

    /** The index's description: version, folding rules, longest key and shard names. */
    private static Map<String, Object> meta(Collection<String> shardNames) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        Map<String, String> letters = new TreeMap<>();
        SearchFold.LETTERS.forEach((c, v) -> letters.put(String.valueOf(c), v));
        meta.put("letters", letters);
        meta.put("sequences", SearchFold.SEQUENCES);
        meta.put("maxKey", MAX_KEY);
        meta.put("shards", shardNames);
        return meta;
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
