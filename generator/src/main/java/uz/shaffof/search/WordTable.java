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
 * about five cache misses per word of the site. Here a lookup touches one long of {@link #slots} (hash and word
 * number), the word's characters in {@link #pool} and its entries in the per-word arrays, which are dense; a
 * page's words are appended to {@link #log}, which is written in order, and where they start is noted once per
 * page ({@link #pageStart}). Slots are kept small (eight to a cache
 * line, up to three quarters full) because they are read at random: the table is most of what a lookup misses.
 *
 * <p>Not thread-safe: {@link SearchIndex.Builder} gives each thread its own and merges them at the end.
 */
final class WordTable {
    private final Function<String, String> keyOf;
    /**
     * Open addressing by the word's hash: the hash in the high half, the word's number + 1 in the low half
     * (negated for a word without a key); 0 for an empty slot. A power of two long.
     */
    private long[] slots = new long[4096];

    /** The characters of every word met, one after another; word n is {@code pool[start[n], start[n + 1])}. */
    private char[] pool = new char[1 << 15];
    private int[] start = new int[1024];
    private String[] keys = new String[1024];
    /** The last page each word was logged for. */
    private int[] lastPage = new int[1024];
    private int count;

    /** The number of each distinct word met on a page, page after page in the order met. */
    private int[] log = new int[1 << 14];
    private int logSize;
    /** The pages in the order met: each one's id, and where its words start in {@link #log}. */
    private int[] pageIds = new int[256];
    private int[] pageStarts = new int[256];
    private int pageCount;

    /** The piece of text being read. */
    private char[] chars = new char[4096];
    /** A word that reached the end of a piece: the next piece may continue it. */
    private char[] carried = new char[64];
    private int carriedLength;
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
        if (pageCount == pageIds.length) {
            pageIds = Arrays.copyOf(pageIds, pageCount * 2);
            pageStarts = Arrays.copyOf(pageStarts, pageCount * 2);
        }
        pageIds[pageCount] = id;
        pageStarts[pageCount++] = logSize;
    }

    /** The next piece of the page's text. A word is continued, not ended, by the end of a piece. */
    void text(String piece) {
        int n = piece.length();
        if (n == 1) { // nearly half the pieces of a page: the space between two blocks, not worth copying out
            char c = piece.charAt(0);
            if (!SearchFold.isWordChar(c)) wordBreak();
            else carry(c);
            return;
        }
        // Copied out in one call, then read from the array: charAt's per-character checks dominate otherwise.
        if (n > chars.length) chars = new char[Math.max(n, chars.length * 2)];
        piece.getChars(0, n, chars, 0);
        read(chars, n);
    }

    /**
     * Meets the words of {@code in[0, n)}, each straight from the array. Everything the loop touches is a local:
     * under C1, which keeps fields in memory, a field per character (the word so far, its hash) cost more than
     * the test of the character itself.
     */
    private void read(char[] in, int n) {
        int i = 0;
        if (carriedLength > 0) { // the piece may go on with the last piece's word
            while (i < n && SearchFold.isWordChar(in[i])) i++;
            carry(in, 0, i);
            if (i == n) return;
            wordBreak();
        }
        while (i < n) {
            char c = in[i++];
            if (!SearchFold.isWordChar(c)) continue;
            int from = i - 1;
            int hash = c;
            while (i < n && SearchFold.isWordChar(c = in[i])) {
                hash = 31 * hash + c;
                i++;
            }
            if (i == n) {
                carry(in, from, n); // the next piece may continue it
                return;
            }
            meet(in, from, i - from, hash);
            i++; // in[i] ended the word
        }
    }

    /** Ends the word being read, if any: the next piece of text starts a new word. */
    void wordBreak() {
        int length = carriedLength;
        if (length == 0) return;
        carriedLength = 0;
        meet(carried, 0, length, hashOf(carried, length));
    }

    private void carry(char[] in, int from, int to) {
        int length = to - from;
        if (carriedLength + length > carried.length) {
            carried = Arrays.copyOf(carried, Math.max(carried.length * 2, carriedLength + length));
        }
        System.arraycopy(in, from, carried, carriedLength, length);
        carriedLength += length;
    }

    private void carry(char c) {
        if (carriedLength == carried.length) carried = Arrays.copyOf(carried, carriedLength * 2);
        carried[carriedLength++] = c;
    }

    /** The hash {@link #read} computes as it goes (that of {@link String#hashCode}). */
    private static int hashOf(char[] word, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) hash = 31 * hash + word[i];
        return hash;
    }

    /** How many distinct words were met. */
    int wordCount() {
        return count;
    }

    /** The key of word {@code n}, or empty. */
    String key(int n) {
        return keys[n];
    }

    /** The page log: the numbers of the distinct words of each page read, page after page. */
    int[] log() {
        return log;
    }

    int logSize() {
        return logSize;
    }

    /** How many pages were read. */
    int pageCount() {
        return pageCount;
    }

    /** The id of the {@code i}-th page read. */
    int pageId(int i) {
        return pageIds[i];
    }

    /**
     * Where the words of the {@code i}-th page read start in the log; they end where the next page's start, and
     * {@code pageStart(pageCount())} is the end of the log.
     */
    int pageStart(int i) {
        return i < pageCount ? pageStarts[i] : logSize;
    }

    /**
     * Logs word {@code w[from, from + length)} for the current page, unless it already is; a new word is added
     * first. One method for the lookup, the comparison and the log, since C1 inlines none of them: each call was a
     * share of the cost of a word.
     */
    private void meet(char[] w, int from, int length, int hash) {
        long[] s = slots;
        int mask = s.length - 1;
        int i = mix(hash) & mask;
        while (true) {
            long slot = s[i];
            if (slot == 0) {
                add(i, w, from, length, hash);
                return;
            }
            if ((int) (slot >>> 32) == hash) {
                int number = (int) slot;
                int n = Math.abs(number) - 1;
                int at = start[n];
                if (start[n + 1] - at == length && sameChars(pool, at, w, from, length)) {
                    if (number > 0 && lastPage[n] != page) {
                        lastPage[n] = page;
                        append(n);
                    }
                    return;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** Whether {@code a[i, i + length)} and {@code b[j, j + length)} hold the same characters. */
    private static boolean sameChars(char[] a, int i, char[] b, int j, int length) {
        for (int k = 0; k < length; k++) {
            if (a[i + k] != b[j + k]) return false;
        }
        return true;
    }

    /** Adds a new word in slot {@code i} and logs it for the current page. */
    private void add(int i, char[] w, int from, int length, int hash) {
        int n = count++;
        if (n + 2 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            keys = Arrays.copyOf(keys, keys.length * 2);
            lastPage = Arrays.copyOf(lastPage, lastPage.length * 2);
        }
        int at = start[n];
        if (at + length > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, at + length));
        System.arraycopy(w, from, pool, at, length);
        start[n + 1] = at + length;
        String key = keyOf.apply(new String(w, from, length));
        keys[n] = key;
        int number = key.isEmpty() ? -(n + 1) : n + 1;
        slots[i] = (long) hash << 32 | (number & 0xFFFF_FFFFL);
        lastPage[n] = page;
        if (!key.isEmpty()) append(n);
        if (count * 4 > slots.length * 3) grow();
    }

    private void append(int value) {
        if (logSize == log.length) log = Arrays.copyOf(log, logSize * 2);
        log[logSize++] = value;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot == 0) continue;
            int i = mix((int) (slot >>> 32)) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
    }

    /** Spreads the hash's high bits into the low ones the mask keeps (as HashMap does). */
    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
