package uz.shaffof.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One thread's part of an index being built: every distinct word it has met, as written, with the page list of the
 * word's key. A word is looked up by its characters in the text (an open-addressing table compared with
 * {@code regionMatches}), so a word met before costs no allocation and no folding; only a new word is copied out
 * and folded ({@link SearchFold#key}). Not thread-safe: {@link SearchIndex.Builder} gives each thread its own and
 * merges them at the end.
 */
final class WordTable {
    /** The page list of one key, in the order this thread met its pages (possibly unsorted across calls). */
    static final class Postings {
        int[] ids = new int[4];
        int size;
        private int lastDoc = -1;

        void add(int id) {
            if (id == lastDoc) return;
            lastDoc = id;
            if (size == ids.length) ids = Arrays.copyOf(ids, size * 2);
            ids[size++] = id;
        }
    }

    /** The page list of words without a key: never written. */
    private static final Postings NONE = new Postings();

    private final Function<String, String> keyOf;
    private String[] words = new String[1024];
    private Postings[] postings = new Postings[1024];
    private int count;
    /** Each key this thread has met, its page list (words that fold alike share one). */
    private final Map<String, Postings> byKey = new HashMap<>();

    /** @param keyOf a word's key, already cut to the index's maximum length; empty for a word without one */
    WordTable(Function<String, String> keyOf) {
        this.keyOf = keyOf;
    }

    /** Adds page {@code id} to the page list of every word of {@code text}. */
    void scan(String text, int id) {
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (SearchFold.isWordChar(c) && i < text.length()) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c; // String.hashCode of the word, as it grows
            } else if (start >= 0) {
                Postings p = lookUp(text, start, i, hash);
                if (p != NONE) p.add(id);
                start = -1;
            }
        }
    }

    /** Each key met by this thread and its page list. */
    Map<String, Postings> byKey() {
        return byKey;
    }

    private Postings lookUp(String text, int start, int end, int hash) {
        int len = end - start;
        int mask = words.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            String w = words[slot];
            if (w == null) break;
            if (w.length() == len && w.hashCode() == hash && text.regionMatches(start, w, 0, len)) return postings[slot];
            slot = (slot + 1) & mask;
        }
        String word = text.substring(start, end);
        String key = keyOf.apply(word);
        Postings p = key.isEmpty() ? NONE : byKey.computeIfAbsent(key, k -> new Postings());
        words[slot] = word;
        postings[slot] = p;
        if (++count * 2 > words.length) grow();
        return p;
    }

    private void grow() {
        String[] oldWords = words;
        Postings[] oldPostings = postings;
        words = new String[oldWords.length * 2];
        postings = new Postings[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] == null) continue;
            int slot = mix(oldWords[i].hashCode()) & mask;
            while (words[slot] != null) slot = (slot + 1) & mask;
            words[slot] = oldWords[i];
            postings[slot] = oldPostings[i];
        }
    }

    /** Spreads the hash's high bits into the low ones the mask keeps (as HashMap does). */
    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
