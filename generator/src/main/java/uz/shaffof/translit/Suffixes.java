package uz.shaffof.translit;

import java.util.List;

/**
 * Uzbek suffixes, so that a dictionary stem only matches when the rest of the word is a chain of real
 * suffixes: oktabr+da, aksiya+lar+imiz+da. A stem followed by anything else does not match, which is what
 * keeps a stem from swallowing the start of an unrelated word (a peer turned konsert into коньсерт because
 * its entry kon→конь matched any word starting with kon).
 */
final class Suffixes {
    private static final int MAX_REMAINDER = 40;

    /** Latin forms; the Cyrillic forms are spelled from them letter by letter (no ambiguous letters occur). */
    private static final List<String> LATIN = List.of(
            // plural, possessive, case
            "lar", "m", "im", "ng", "ing", "i", "si", "miz", "imiz", "ngiz", "ingiz",
            "ning", "ni", "ga", "ka", "qa", "da", "ta", "dan", "tan", "dagi", "gi", "ki", "niki",
            "gacha", "kacha", "qacha", "cha", "chalik", "day", "dek", "dir", "mi", "u", "yu", "ku", "gu",
            // word-building
            "li", "lik", "lig", "siz", "chi", "chilik", "viy", "iy", "dor", "kor", "xona", "shunos",
            "simon", "bop", "la", "lash", "lashtir", "lan", "lantir", "il", "in", "ish", "tir",
            "gan", "kan", "qan", "di", "ib", "sa", "moq", "moqda", "gina", "kina", "qina", "roq", "ona",
            "man", "san", "dilar", "moqchi", "adi", "ydi", "yapti", "ayotgan", "yotgan", "ar", "mas",
            "nchi", "inchi", "k");

    private static final CharTrie LATIN_TRIE = build(false);
    private static final CharTrie CYRILLIC_TRIE = build(true);

    private Suffixes() {}

    /** Whether {@code s[from, to)} splits into known suffixes of the given script (empty counts). */
    static boolean isChain(char[] s, int from, int to, Script script) {
        int n = to - from;
        if (n == 0) {
            return true;
        }
        if (n > MAX_REMAINDER) {
            return false;
        }
        CharTrie trie = script == Script.CYRILLIC ? CYRILLIC_TRIE : LATIN_TRIE;
        if (trie.child(CharTrie.ROOT, Letters.fold(s[from])) == CharTrie.NONE) {
            return false; // most failed stems: the rest does not even start like a suffix
        }
        long reachable = 1L; // bit p: s[from, from + p) is a chain; no allocation on this hot path
        for (int p = 0; p < n; p++) {
            if ((reachable & (1L << p)) == 0) {
                continue;
            }
            int node = CharTrie.ROOT;
            for (int q = p; q < n; q++) {
                node = trie.child(node, Letters.fold(s[from + q]));
                if (node == CharTrie.NONE) {
                    break;
                }
                if (trie.value(node) != CharTrie.NONE) {
                    reachable |= 1L << (q + 1);
                }
            }
        }
        return (reachable & (1L << n)) != 0;
    }

    private static CharTrie build(boolean cyrillic) {
        CharTrie.Builder b = new CharTrie.Builder();
        for (String s : LATIN) {
            b.put(cyrillic ? spellCyrillic(s) : s, 1);
        }
        return b.build();
    }

    /** Letter-by-letter Cyrillic spelling of a suffix; enough for the list above. */
    static String spellCyrillic(String latin) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char next = i + 1 < latin.length() ? latin.charAt(i + 1) : 0;
            if (c == 's' && next == 'h') {
                out.append('ш');
                i++;
            } else if (c == 'c' && next == 'h') {
                out.append('ч');
                i++;
            } else if (c == 'y' && (next == 'a' || next == 'u' || next == 'o' || next == 'e')) {
                out.append(next == 'a' ? 'я' : next == 'u' ? 'ю' : next == 'o' ? 'ё' : 'е');
                i++;
            } else {
                out.append(single(c));
            }
        }
        return out.toString();
    }

    private static char single(char c) {
        String from = "abdefghijklmnopqrstuvxyz";
        String to = "абдефгҳижклмнопқрстувхйз";
        int k = from.indexOf(c);
        if (k < 0) {
            throw new IllegalArgumentException("no Cyrillic letter for " + c);
        }
        return to.charAt(k);
    }
}
