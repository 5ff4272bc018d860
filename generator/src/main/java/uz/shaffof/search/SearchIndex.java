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
import uz.shaffof.i18n.Edition;
import uz.shaffof.pipeline.ParallelMap;
import uz.shaffof.output.FileSink;
import uz.shaffof.output.OutputFile;

/**
 * Writes the search index: {@code search/meta.json} (the folding rules, the place-name aliases and the shard
 * names), {@code search/t-XX.json} shards mapping keys that start with {@code XX} to the pages that contain them,
 * one {@code docs.json} per edition with each page's title, link, kind and description, and per edition one
 * {@code text/<id>.json} per page with the text a result's snippet is cut from. A query downloads the meta, the
 * docs of its edition, one shard per word, and the texts of the results it shows: a few kilobytes where a single
 * index would cost a phone the whole site's vocabulary. Linear in the size of the site.
 */
public final class SearchIndex {
    /** Keys longer than this add nothing to prefix search and only bloat shards. */
    static final int MAX_KEY = 24;

    /** Immutable once configured; sorted keys make the files byte-stable. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SearchIndex() {}

    /** A snippet's text is cut to this many characters: a match further on shows the page's description. */
    static final int MAX_EXCERPT = 16_000;

    public static List<OutputFile> write(List<SearchDoc> docs) {
        return write(docs, SearchAliases.NONE);
    }

    public static List<OutputFile> write(List<SearchDoc> docs, SearchAliases aliases) {
        Builder index = new Builder(docs.size(), aliases, FileSink.MEMORY);
        IntStream.range(0, docs.size()).parallel().forEach(id -> index.add(id, docs.get(id)));
        return index.files();
    }

    /**
     * An index of {@code size} pages built as they are read ({@link Builder#add}), each page's two text files handed
     * to {@code sink} at once: what it keeps of a page is its distinct keys (shared between pages), its titles and
     * its descriptions, not its text.
     */
    public static Builder builder(int size, SearchAliases aliases, FileSink sink) {
        return new Builder(size, aliases, sink);
    }

    /**
     * Builds the index page by page, from any number of threads, keeping only each page's distinct keys (shared
     * between pages) and titles: {@code builder(n, aliases, sink)}, then {@code add(id, doc)} once for each id in
     * {@code [0, n)}, then {@link #files()}.
     */
    public static final class Builder {
        private final SearchDoc[] titles;
        /** Each page's text files, as the sink gave them back: two per page, the Latin one first. */
        private final OutputFile[] texts;
        private final SearchAliases aliases;
        private final FileSink sink;
        /** Each thread's words and page lists, merged by {@link #files()}. */
        private final Map<Thread, Part> parts = new ConcurrentHashMap<>();

        Builder(int size) {
            this(size, SearchAliases.NONE, FileSink.MEMORY);
        }

        Builder(int size, SearchAliases aliases, FileSink sink) {
            titles = new SearchDoc[size];
            texts = new OutputFile[2 * size];
            this.aliases = aliases;
            this.sink = sink;
        }

        /** Indexes page {@code id} (its position in the docs lists); thread-safe for distinct ids. */
        public void add(int id, SearchDoc doc) {
            String name = "/search/text/" + id + ".json";
            texts[2 * id] = sink.take(json(Edition.LATN.prefix() + name, excerpt(doc.latn())));
            texts[2 * id + 1] = sink.take(json(Edition.CYRL.prefix() + name, excerpt(doc.cyrl())));
            titles[id] = doc.asListed();
            parts.computeIfAbsent(Thread.currentThread(), t -> new Part()).add(id, doc);
        }

        /**
         * Each page as the search page lists it (title, route, kind, description in each script; no text), in id
         * order; every id must have been added.
         */
        public List<SearchDoc> listed() {
            requireAllAdded();
            return List.of(titles);
        }

        private void requireAllAdded() {
            for (int id = 0; id < titles.length; id++) {
                if (titles[id] == null) throw new IllegalStateException("search document " + id + " was not added");
            }
        }

        /** The index files; every id must have been added. */
        public List<OutputFile> files() {
            requireAllAdded();
            // Every add has returned, so no thread touches its part any more. Each part still holds up to a batch
            // of unread pages: they are read in parallel, one part per thread, as nothing else runs now.
            List<Part> all = List.copyOf(parts.values());
            all.parallelStream().forEach(Part::flush);
            List<WordTable> tables = new ArrayList<>();
            for (Part part : all) tables.add(part.words);
            return write(PostingLists.of(tables, titles.length), List.of(titles), List.of(texts), aliases);
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

    private static List<OutputFile> write(PostingLists postings, List<SearchDoc> docs, List<OutputFile> texts,
                                          SearchAliases aliases) {
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
        files.add(() -> json(Edition.LATN.prefix() + "/search/docs.json", docs.stream().map(d -> entry(d, d.latn())).toList()));
        files.add(() -> json(Edition.CYRL.prefix() + "/search/docs.json", docs.stream().map(d -> entry(d, d.cyrl())).toList()));
        files.add(() -> json("search/meta.json", meta(shards.keySet(), aliases)));
        shards.forEach((shard, keys) ->
                files.add(() -> new OutputFile("search/t-" + shard + ".json", writer.write(postings, keys))));
        List<OutputFile> made = ParallelMap.of(files, Supplier::get);
        // The shards by name, then the meta, the two lists of pages and the pages' texts (made as pages were added).
        List<OutputFile> out = new ArrayList<>(made.subList(3, made.size()));
        out.add(made.get(2));
        out.add(made.get(0));
        out.add(made.get(1));
        out.addAll(texts);
        return out;
    }

    /** A page in an edition's list of pages: title, route (below the edition), kind and description. */
    private static List<String> entry(SearchDoc d, SearchDoc.Face face) {
        return List.of(face.title(), d.route(), d.kind(), face.description());
    }

    /** The text a snippet is cut from, within {@link #MAX_EXCERPT} and not ending inside a surrogate pair. */
    static String excerpt(SearchDoc.Face face) {
        String text = face.excerpt();
        if (text.length() <= MAX_EXCERPT) return text;
        int end = MAX_EXCERPT;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        return text.substring(0, end);
    }

    /** The index's description: version, place-name aliases, folding rules, longest key and shard names. */
    private static Map<String, Object> meta(Collection<String> shardNames, SearchAliases aliases) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 2);
        meta.put("aliases", aliases.byKey());
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
