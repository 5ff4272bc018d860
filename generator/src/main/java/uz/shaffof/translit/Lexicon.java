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

    /** Entries must already be free of clashing keys (the loaders report clashes with their line). */
    Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        this.empty = entries.isEmpty();
        CharTrie.Builder cyr = new CharTrie.Builder();
        CharTrie.Builder lat = new CharTrie.Builder();
        for (int i = 0; i < this.entries.size(); i++) {
            LexiconEntry e = this.entries.get(i);
            for (String key : cyrillicKeys(e)) {
                cyr.put(key, i);
            }
            for (String key : latinKeys(e)) {
                lat.put(key, i);
            }
        }
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
