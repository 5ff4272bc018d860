package uz.shaffof.translit;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Dictionary or glossary entries indexed for lookup from either script. Keys are folded (lower case,
 * apostrophe look-alikes unified), so case is carried over from the text rather than stored per form.
 */
final class Lexicon {
    static final Lexicon EMPTY = new Lexicon(List.of());

    private final List<LexiconEntry> entries;
    /** Asked at every word; a field rather than a call through the List interface, which C1 does not inline. */
    private final boolean empty;
    private final CharTrie cyrillicKeys;
    private final CharTrie latinKeys;
    /** The longest key, in trie steps (a run of white space in the text is one step). */
    private final int longestKey;

    /** Entries must already be free of clashing keys (the loaders report clashes with their line). */
    Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        this.empty = entries.isEmpty();
        CharTrie.Builder cyr = new CharTrie.Builder();
        CharTrie.Builder lat = new CharTrie.Builder();
        int longest = 0;
        for (int i = 0; i < this.entries.size(); i++) {
            LexiconEntry e = this.entries.get(i);
            for (String key : cyrillicKeys(e)) {
                cyr.put(key, i);
                longest = Math.max(longest, key.length());
            }
            for (String key : latinKeys(e)) {
                lat.put(key, i);
                longest = Math.max(longest, key.length());
            }
        }
        this.longestKey = longest;
        this.cyrillicKeys = cyr.build();
        this.latinKeys = lat.build();
    }

    boolean isEmpty() {
        return empty;
    }

    LexiconEntry entry(int index) {
        return entries.get(index);
    }

    int size() {
        return entries.size();
    }

    /** Folded keys under which the entry is found in Cyrillic text: апрель, and апрел before a suffix. */
    static List<String> cyrillicKeys(LexiconEntry e) {
        if (!e.toLatin()) {
            return List.of();
        }
        String key = fold(e.cyrillic());
        if (e.scope() == Scope.STEM && LexiconEntry.endsWithSoftSign(key) && key.length() > 1) {
            return List.of(key, key.substring(0, key.length() - 1));
        }
        return List.of(key);
    }

    static List<String> latinKeys(LexiconEntry e) {
        return e.toCyrillic() ? List.of(fold(e.latin())) : List.of();
    }

    /** Folds a stored form into a key; runs of white space become one space. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Letters.isSpace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(Letters.fold(c));
        }
        return b.toString();
    }

    /**
     * The longest entry covering the start of the word {@code s[start, wordEnd)}: a whole-word entry must
     * cover all of it, a stem entry may leave a chain of suffixes. Returns the entry index (end in
     * {@code sc.matchEnd}) or {@link CharTrie#NONE}.
     */
    int matchWord(char[] s, int start, int wordEnd, Script source, Scratch sc) {
        CharTrie trie = source == Script.CYRILLIC ? cyrillicKeys : latinKeys;
        sc.clear();
        int node = CharTrie.ROOT;
        for (int p = start; p < wordEnd; p++) {
            node = trie.child(node, Letters.fold(s[p]));
            if (node == CharTrie.NONE) {
                break;
            }
            int v = trie.value(node);
            if (v != CharTrie.NONE) {
                sc.add(p + 1, v);
            }
        }
        for (int k = sc.count - 1; k >= 0; k--) {
            int end = sc.ends[k];
            LexiconEntry e = entries.get(sc.entries[k]);
            if (end == wordEnd || (e.scope() == Scope.STEM && Suffixes.isChain(s, end, wordEnd, source))) {
                sc.matchEnd = end;
                return sc.entries[k];
            }
        }
        return CharTrie.NONE;
    }

    /**
     * Whether {@link #matchPhrase} from a word start in {@code s[from, n)} reads all the way to {@code n} and could
     * read on: then the text after {@code n} may change what it matches, and the text must not be cut at {@code n}.
     * Word starts are taken as in the engine (a letter after a non-letter or at {@code from}); only those within
     * the longest key of {@code n} can reach it.
     */
    boolean phraseMayCross(char[] s, int from, int n, Script source) {
        if (empty) {
            return false;
        }
        CharTrie trie = source == Script.CYRILLIC ? cyrillicKeys : latinKeys;
        int steps = 0;
        int p = n;
        while (p > from && steps <= longestKey) {
            p--;
            if (Letters.isSpace(s[p])) {
                while (p > from && Letters.isSpace(s[p - 1])) {
                    p--;
                }
            }
            steps++;
        }
        for (int w = p; w < n; w++) {
            if (Letters.isLetter(s[w]) && (w == from || !Letters.isLetter(s[w - 1])) && walksTo(trie, s, w, n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the walk of {@link #matchPhrase} from {@code start} is still in the trie at {@code n}. */
    private static boolean walksTo(CharTrie trie, char[] s, int start, int n) {
        int node = CharTrie.ROOT;
        int p = start;
        while (p < n) {
            char c = s[p];
            int next = p + 1;
            char key;
            if (Letters.isSpace(c)) {
                key = ' ';
                while (next < n && Letters.isSpace(s[next])) {
                    next++;
                }
            } else {
                key = Letters.fold(c);
            }
            node = trie.child(node, key);
            if (node == CharTrie.NONE) {
                return false;
            }
            p = next;
        }
        return true;
    }

    /**
     * The longest entry (words and spaces, any characters) starting at {@code start} in the text {@code s[0, n)}. White space in the
     * text matches one space in the key. A whole-word entry must end where the word ends; a stem entry may
     * be followed by suffixes up to {@code wordEndFrom.applyAsInt(end)}.
     */
    int matchPhrase(char[] s, int n, int start, Script source, IntUnaryOperator wordEndFrom, Scratch sc) {
        CharTrie trie = source == Script.CYRILLIC ? cyrillicKeys : latinKeys;
        sc.clear();
        int node = CharTrie.ROOT;
        int p = start;
        while (p < n) {
            char c = s[p];
            int next = p + 1;
            char key;
            if (Letters.isSpace(c)) {
                key = ' ';
                while (next < n && Letters.isSpace(s[next])) {
                    next++;
                }
            } else {
                key = Letters.fold(c);
            }
            node = trie.child(node, key);
            if (node == CharTrie.NONE) {
                break;
            }
            p = next;
            int v = trie.value(node);
            if (v != CharTrie.NONE && key != ' ') {
                sc.add(p, v);
            }
        }
        for (int k = sc.count - 1; k >= 0; k--) {
            int end = sc.ends[k];
            LexiconEntry e = entries.get(sc.entries[k]);
            boolean continues = end < n && Letters.isLetter(s[end])
                    && end > start && Letters.isLetter(s[end - 1]);
            if (!continues) {
                sc.matchEnd = end;
                return sc.entries[k];
            }
            if (e.scope() == Scope.STEM && Suffixes.isChain(s, end, wordEndFrom.applyAsInt(end), source)) {
                sc.matchEnd = end;
                return sc.entries[k];
            }
        }
        return CharTrie.NONE;
    }
}
