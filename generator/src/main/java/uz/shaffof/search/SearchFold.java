package uz.shaffof.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a word of either script to one search key: Cyrillic letters to their Latin values, apostrophes (of
 * every look-alike) dropped, and the spellings that differ between the scripts made equal ({@code ts}/{@code ц}
 * to {@code s}, {@code ye}/{@code е} to {@code e}, {@code kh} to {@code x}). Coarser than transliteration on
 * purpose: a search key must be the same for both spellings of a word, not correct. The table is published in the
 * index, so the browser folds queries with exactly these rules.
 */
public final class SearchFold {
    /** Letter → replacement, applied to each character after lower-casing. */
    static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ғ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "j"), Map.entry('з', "z"),
            Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('қ', "q"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('ў', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "x"), Map.entry('ҳ', "h"), Map.entry('ц', "s"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "sh"), Map.entry('ъ', ""), Map.entry('ы', "i"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"),
            Map.entry('\u02BB', ""), Map.entry('\u02BC', ""), Map.entry('\'', ""), Map.entry('`', ""),
            Map.entry('\u2018', ""), Map.entry('\u2019', ""), Map.entry('\u00B4', ""));

    /**
     * Sequences made equal after the letters are mapped, in this order. {@code kh} is how English writes х and the
     * Uzbek x (Bukhara, Jizzakh, Khorezm): folded to {@code x}, an English spelling meets the Russian one (Бухара)
     * and often the Uzbek one.
     */
    static final List<String[]> SEQUENCES = List.of(new String[] {"ts", "s"}, new String[] {"ye", "e"},
            new String[] {"kh", "x"});

    private SearchFold() {}

    /**
     * The key of one word; empty when the word has no letters or digits. (The index folds each distinct word of the
     * site once, so this is not on a per-word path; only {@link #isWordChar} is.)
     */
    public static String key(String word) {
        String nfc = alreadyNfc(word) ? word : Normalizer.normalize(word, Normalizer.Form.NFC);
        String s = nfc.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String mapped = c < FAST.length ? FAST[c] : LETTERS.get(c);
            if (mapped != null) out.append(mapped);
            else if (Character.isLetterOrDigit(c)) out.append(c);
        }
        String folded = out.toString();
        for (String[] seq : SEQUENCES) folded = folded.replace(seq[0], seq[1]);
        return folded;
    }

    /**
     * True when {@code s} is certainly in NFC already: every character is a starter that never composes with what
     * precedes it (ASCII, Latin-1 and Latin Extended, spacing modifiers, the Cyrillic block without its combining
     * marks U+0483–U+0489, the dashes and quotes U+2010–U+2027). Uzbek text in either script almost always is, and normalising costs more than folding.
     */
    static boolean alreadyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x300) continue;
            if (c >= 0x400 && c <= 0x4FF && !(c >= 0x483 && c <= 0x489)) continue;
            if (c >= 0x2010 && c <= 0x2027) continue; // dashes, quotes (‘ ’ “ ”), bullets, ellipsis
            return false;
        }
        return true;
    }

    /**
     * The keys of a text's words, in order, splitting on anything that is not a letter, digit or apostrophe: each
     * word folded by {@link #key}. (The index does the same split in {@link WordTable}, folding each distinct word
     * once.)
     */
    public static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                String k = key(text.substring(start, i));
                if (!k.isEmpty()) keys.add(k);
                start = -1;
            }
        }
        return keys;
    }

    /** Whether {@code c} is part of a word: a letter, a digit or an apostrophe. */
    static boolean isWordChar(char c) {
        // Small enough for C1 to inline into the index's loop over every character; the rare rest is a call.
        return c < WORD_CHAR.length ? WORD_CHAR[c] : isOtherWordChar(c);
    }

    private static boolean isOtherWordChar(char c) {
        return Character.isLetterOrDigit(c) || "".equals(LETTERS.get(c));
    }

    // Tables for the characters below U+2020 (Latin, Cyrillic, apostrophes, quotes), filled from the definitions
    // (LETTERS, Character) once: the index tests every character of the site for being part of a word.

    /** {@link #LETTERS} by character. */
    private static final String[] FAST = new String[0x2020];
    /** {@link #isWordChar} by character. */
    private static final boolean[] WORD_CHAR = new boolean[FAST.length];

    static {
        LETTERS.forEach((c, v) -> {
            if (c < FAST.length) FAST[c] = v;
        });
        for (char c = 0; c < FAST.length; c++) {
            WORD_CHAR[c] = Character.isLetterOrDigit(c) || "".equals(FAST[c]);
        }
    }
}
