package uz.shaffof.search;

import java.util.Arrays;
import java.util.function.Function;

/**
 * One thread's part of an index being built: every distinct word it has met, as written, and a log of the words
 * met on each page. Text arrives in pieces ({@link #text}); a word may continue from one piece into the next, and
 * {@link #wordBreak} ends it. Only a new word is turned into a string and folded ({@link SearchFold#key}).
 *
 * <p>Why the flat arrays: inside a build the other stages push this table out of the CPU caches between pages, and
 * a lookup through objects (the word's string, its characters, a page list per word and that list's array) cost
 * about five cache misses per word of the site. Here a lookup touches one slot of {@link #slots} (hash, word
 * number and the last page it was met on, side by side) and the word's characters in {@link #pool}; a page's
 * words are appended to {@link #log}, which is written in order.
 *
 * <p>Not thread-safe: {@link SearchIndex.Builder} gives each thread its own and merges them at the end.
 */
final class WordTable {
    /** Ints per slot of {@link #slots}: the word's hash, its number + 1 (negated for a word without a key; 0: empty), the last page it was logged for. */
    private static final int SLOT = 3;

    private final Function<String, String> keyOf;
    private int[] slots = new int[SLOT * 4096];
    private int capacity = 4096;

    /** The characters of every word met, one after another; word n is {@code pool[start[n], start[n + 1])}. */
    private char[] pool = new char[1 << 15];
    private int[] start = new int[1024];
    private String[] keys = new String[1024];
    private int count;

    /** For each page in the order met: {@code -(page + 1)}, then the number of each distinct word met on it. */
    private int[] log = new int[1 << 14];
    private int logSize;

    /** The piece of text being read. */
    private char[] chars = new char[4096];
    /** The word being read, which may span pieces of text. */
    private char[] word = new char[64];
    private int wordLength;
    private int wordHash;
    private int page = -1;

    /** @param keyOf a word's key, already cut to the index's maximum length; empty for a word without one */
    WordTable(Function<String, String> keyOf) {
        this.keyOf = keyOf;
        start[0] = 0;
    }

    /** Starts page {@code id}: the words that follow are its words, until the next page starts. */
    void startPage(int id) {
        wordBreak();
        page = id;
        append(-(id + 1));
    }

    /** The next piece of the page's text. A word is continued, not ended, by the end of a piece. */
    void text(String piece) {
        // Copied out in one call, then read from the array: charAt's per-character checks dominate otherwise.
        int n = piece.length();
        if (n > chars.length) chars = new char[Math.max(n, chars.length * 2)];
        piece.getChars(0, n, chars, 0);
        char[] in = chars;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (SearchFold.isWordChar(c)) {
                if (wordLength == word.length) word = Arrays.copyOf(word, wordLength * 2);
                word[wordLength++] = c;
                wordHash = 31 * wordHash + c;
            } else if (wordLength > 0) {
                wordBreak();
            }
        }
    }

    /** Ends the word being read, if any: the next piece of text starts a new word. */
    void wordBreak() {
        if (wordLength == 0) return;
        int slot = slotOf(wordHash, wordLength);
        int number = slots[slot + 1];
        if (number > 0 && slots[slot + 2] != page) {
            slots[slot + 2] = page;
            append(number - 1);
        }
        wordLength = 0;
        wordHash = 0;
    }

    /** How many distinct words were met. */
    int wordCount() {
        return count;
    }

    /** The key of word {@code n}, or empty. */
    String key(int n) {
        return keys[n];
    }

    /** The page log: {@code -(page + 1)} starts a page, the numbers that follow are its distinct words. */
    int[] log() {
        return log;
    }

    int logSize() {
        return logSize;
    }

    /** The slot of the word being read; a new word is added first (and logged for the current page). */
    private int slotOf(int hash, int length) {
        int mask = capacity - 1;
        int i = mix(hash) & mask;
        while (true) {
            int slot = i * SLOT;
            int number = slots[slot + 1];
            if (number == 0) return add(slot, hash, length);
            if (slots[slot] == hash && sameWord(Math.abs(number) - 1, length)) return slot;
            i = (i + 1) & mask;
        }
    }

    /** Whether word {@code n} is the word being read (a plain loop: words are short, and this runs under C1). */
    private boolean sameWord(int n, int length) {
        int from = start[n];
        if (start[n + 1] - from != length) return false;
        char[] p = pool;
        char[] w = word;
        for (int i = 0; i < length; i++) {
            if (p[from + i] != w[i]) return false;
        }
        return true;
    }

    private int add(int slot, int hash, int length) {
        int n = count++;
        if (n + 2 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        int from = start[n];
        if (from + length > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + length));
        System.arraycopy(word, 0, pool, from, length);
        start[n + 1] = from + length;
        String key = keyOf.apply(new String(word, 0, length));
        keys[n] = key;
        slots[slot] = hash;
        slots[slot + 1] = key.isEmpty() ? -(n + 1) : n + 1;
        slots[slot + 2] = -1; // not yet logged for any page: the caller logs it
        if (count * 2 > capacity) {
            grow();
            return slotOf(hash, length);
        }
        return slot;
    }

    private void append(int value) {
        if (logSize == log.length) log = Arrays.copyOf(log, logSize * 2);
        log[logSize++] = value;
    }

    private void grow() {
        int[] old = slots;
        capacity *= 2;
        slots = new int[SLOT * capacity];
        int mask = capacity - 1;
        for (int s = 0; s < old.length; s += SLOT) {
            if (old[s + 1] == 0) continue;
            int i = mix(old[s]) & mask;
            while (slots[i * SLOT + 1] != 0) i = (i + 1) & mask;
            System.arraycopy(old, s, slots, i * SLOT, SLOT);
        }
    }

    /** Spreads the hash's high bits into the low ones the mask keeps (as HashMap does). */
    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
