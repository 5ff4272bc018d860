package uz.shaffof.translit;

import java.util.Arrays;

/**
 * The converted form of words met recently, by their characters: the conversion of a word of two letters or more
 * reads only the word (its letters and the signs inside it), so a word met again is copied from here instead of being looked up in the
 * dictionary trie and converted letter by letter. Text repeats its words (a site's pages share most of their
 * vocabulary), and the trie walk is the engine's most expensive step: a cache miss per letter inside a build.
 *
 * <p>Bounded: when {@link #MAX_WORDS} words are held, it starts again empty. Not thread-safe: each thread has its
 * own ({@link TextConverter} keeps one per thread).
 */
final class WordMemo {
    static final int MAX_WORDS = 1 << 14;
    /** Longer words are converted each time: they are rare, and would crowd the pools. */
    static final int MAX_LENGTH = 32;
    private static final int CAPACITY = MAX_WORDS * 2;

    /** Per slot: the word's hash, then its number + 1 (0: empty). */
    private final int[] slots = new int[CAPACITY * 2];
    /** Word n is {@code words[wordStart[n], wordStart[n + 1])}; its form {@code forms[formStart[n], formStart[n + 1])}. */
    private final int[] wordStart = new int[MAX_WORDS + 1];
    private final int[] formStart = new int[MAX_WORDS + 1];
    private char[] words = new char[1 << 14];
    private char[] forms = new char[1 << 14];
    private int count;

    /** Hash of {@code s[start, end)}, as {@link #find} and {@link #put} take it. */
    static int hash(char[] s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + s[i];
        return h ^ (h >>> 16);
    }

    /** Appends the form of word {@code s[start, end)} to {@code out} and returns true, if the word is held. */
    boolean find(char[] s, int start, int end, int hash, Output out) {
        int mask = CAPACITY - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int number = slots[2 * i + 1];
            if (number == 0) return false;
            if (slots[2 * i] == hash && sameWord(number - 1, s, start, end)) {
                int n = number - 1;
                out.verbatim(forms, formStart[n], formStart[n + 1]);
                return true;
            }
        }
    }

    /** Holds {@code form} (what the engine wrote) as the form of word {@code s[start, end)}. */
    void put(char[] s, int start, int end, int hash, char[] form, int formFrom, int formTo) {
        if (count == MAX_WORDS) clear();
        int n = count++;
        int length = end - start;
        int from = wordStart[n];
        if (from + length > words.length) words = Arrays.copyOf(words, Math.max(words.length * 2, from + length));
        System.arraycopy(s, start, words, from, length);
        wordStart[n + 1] = from + length;
        int fFrom = formStart[n];
        int fLength = formTo - formFrom;
        if (fFrom + fLength > forms.length) forms = Arrays.copyOf(forms, Math.max(forms.length * 2, fFrom + fLength));
        System.arraycopy(form, formFrom, forms, fFrom, fLength);
        formStart[n + 1] = fFrom + fLength;
        int mask = CAPACITY - 1;
        int i = hash & mask;
        while (slots[2 * i + 1] != 0) i = (i + 1) & mask;
        slots[2 * i] = hash;
        slots[2 * i + 1] = n + 1;
    }

    private boolean sameWord(int n, char[] s, int start, int end) {
        int from = wordStart[n];
        if (wordStart[n + 1] - from != end - start) return false;
        char[] w = words;
        for (int i = start; i < end; i++) {
            if (w[from++] != s[i]) return false;
        }
        return true;
    }

    private void clear() {
        Arrays.fill(slots, 0);
        count = 0;
    }
}
