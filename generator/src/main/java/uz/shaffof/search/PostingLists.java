package uz.shaffof.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key of the index, in sorted order, with the ids of the pages that hold it, ascending and each once: key
 * {@code k}'s pages are {@code ids()[start(k), end(k))}.
 *
 * <p>Gathered from the threads' word tables page by page in id order, so that each list comes out sorted and a
 * repeat (two spellings of one key on a page) is always the list's last id: no list is sorted afterwards, and
 * there is one flat array of ids instead of a growing list per key.
 */
final class PostingLists {
    private final String[] keys;
    private final int[] start;
    private final int[] end;
    private final int[] ids;

    private PostingLists(String[] keys, int[] start, int[] end, int[] ids) {
        this.keys = keys;
        this.start = start;
        this.end = end;
        this.ids = ids;
    }

    /** The lists of {@code tables}, which between them have read each page in {@code [0, pageCount)} once. */
    static PostingLists of(List<WordTable> tables, int pageCount) {
        String[] keys = sortedKeys(tables);
        Map<String, Integer> numbers = new HashMap<>(keys.length * 2);
        for (int k = 0; k < keys.length; k++) numbers.put(keys[k], k);

        // For each table, its words' key numbers (a word without a key is never logged); the size of each list,
        // counting repeats; and where each page's words are: which table, which part of its log.
        int[][] keyOfWord = new int[tables.size()][];
        int[] count = new int[keys.length];
        int[] tableOf = new int[pageCount];
        int[] from = new int[pageCount];
        int[] to = new int[pageCount];
        for (int t = 0; t < tables.size(); t++) {
            WordTable table = tables.get(t);
            int[] keyOf = keyOfWord[t] = new int[table.wordCount()];
            for (int n = 0; n < keyOf.length; n++) {
                String key = table.key(n);
                keyOf[n] = key.isEmpty() ? -1 : numbers.get(key);
            }
            int[] log = table.log();
            for (int i = 0, size = table.logSize(); i < size; i++) count[keyOf[log[i]]]++;
            for (int i = 0; i < table.pageCount(); i++) {
                int page = table.pageId(i);
                tableOf[page] = t;
                from[page] = table.pageStart(i);
                to[page] = table.pageStart(i + 1);
            }
        }

        int[] start = new int[keys.length];
        int total = 0;
        for (int k = 0; k < keys.length; k++) {
            start[k] = total;
            total += count[k];
        }
        int[] end = start.clone(); // the next free place in each list
        int[] lastPage = new int[keys.length];
        Arrays.fill(lastPage, -1);
        int[] ids = new int[total];
        int[][] logs = new int[tables.size()][];
        for (int t = 0; t < logs.length; t++) logs[t] = tables.get(t).log();
        for (int page = 0; page < pageCount; page++) {
            int[] log = logs[tableOf[page]];
            int[] keyOf = keyOfWord[tableOf[page]];
            for (int i = from[page], stop = to[page]; i < stop; i++) {
                int k = keyOf[log[i]];
                if (lastPage[k] == page) continue; // another spelling of the key, on the same page
                lastPage[k] = page;
                ids[end[k]++] = page;
            }
        }
        return new PostingLists(keys, start, end, ids);
    }

    /** The distinct keys of the tables' words, sorted. */
    private static String[] sortedKeys(List<WordTable> tables) {
        Set<String> seen = new HashSet<>();
        for (WordTable table : tables) {
            for (int n = 0; n < table.wordCount(); n++) {
                String key = table.key(n);
                if (!key.isEmpty()) seen.add(key);
            }
        }
        String[] keys = seen.toArray(new String[0]);
        Arrays.sort(keys);
        return keys;
    }

    /** How many keys there are. */
    int size() {
        return keys.length;
    }

    String key(int k) {
        return keys[k];
    }

    /** The page ids of every list, each list a part of it. */
    int[] ids() {
        return ids;
    }

    int start(int k) {
        return start[k];
    }

    int end(int k) {
        return end[k];
    }
}
