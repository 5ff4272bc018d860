package uz.shaffof.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a word of either script to one search key: Cyrillic letters to their Latin values, apostrophes (of
 * every look-alike) dropped, and the spellings that differ between the scripts made equal ({@code ts}/{@code ц}
 * to {@code s}, {@code ye}/{@code е} to {@code e}). Coarser than transliteration on purpose: a search key must
 * be the same for both spellings of a word, not correct. The table is published in the index, so the browser
 * folds queries with exactly these rules.
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

    /** Sequences made equal after the letters are mapped, in this order. */
    static final List<String[]> SEQUENCES = List.of(new String[] {"ts", "s"}, new String[] {"ye", "e"});

    private SearchFold() {}

    /** The key of one word; empty when the word has no letters or digits. */
    public static String key(String word) {
        String nfc = alreadyNfc(word) ? word : Normalizer.normalize(word, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + 4);
        appendKey(nfc, 0, nfc.length(), out);
        return out.toString();
    }

    /**
     * The key of {@code text[start, end)}, written to {@code out}: the same as {@code key(text.substring(start, end))}
     * for text that is already in NFC, without the intermediate strings (the index folds every word of the site).
     */
    private static void appendKey(String text, int start, int end, StringBuilder out) {
        int from = out.length();
        if (!lowerCasesCharByChar(text, start, end)) {
            String s = text.substring(start, end).toLowerCase(Locale.ROOT);
            for (int i = 0; i < s.length(); i++) appendFolded(s.charAt(i), out);
        } else {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                appendFolded(c < LOWER.length ? LOWER[c] : Character.toLowerCase(c), out);
            }
        }
        for (String[] seq : SEQUENCES) replaceFrom(out, from, seq[0], seq[1]);
    }

    private static void appendFolded(char lower, StringBuilder out) {
        if (lower < FAST.length) {
            String mapped = FAST[lower];
            if (mapped != null) out.append(mapped);
            else if (LETTER_OR_DIGIT[lower]) out.append(lower);
            return;
        }
        String mapped = LETTERS.get(lower);
        if (mapped != null) out.append(mapped);
        else if (Character.isLetterOrDigit(lower)) out.append(lower);
    }

    /**
     * Whether lower-casing {@code text[start, end)} one character at a time gives what {@code toLowerCase(ROOT)}
     * gives: always, except for the two mappings that depend on more than the character (capital I with dot above,
     * Greek final sigma) and for characters outside the BMP.
     */
    private static boolean lowerCasesCharByChar(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) return false;
        }
        return true;
    }

    /** {@code String.replace} on {@code out} from {@code from} on: left to right, non-overlapping. */
    private static void replaceFrom(StringBuilder out, int from, String target, String replacement) {
        int at = out.indexOf(target, from);
        while (at >= 0) {
            out.replace(at, at + target.length(), replacement);
            at = out.indexOf(target, at + replacement.length());
        }
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

    /** The keys of a text's words, in order, splitting on anything that is not a letter, digit or apostrophe. */
    public static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        forEachKey(text, keys::add);
        return keys;
    }

    /** Gives each non-empty key of the text's words, in order, to {@code sink}: {@link #keys} without the list. */
    private static void forEachKey(String text, java.util.function.Consumer<String> sink) {
        String t = alreadyNfc(text) ? text : null;
        StringBuilder key = new StringBuilder(32);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                key.setLength(0);
                if (t != null) appendKey(t, start, i, key);
                else key.append(key(text.substring(start, i)));
                if (key.length() > 0) sink.accept(key.toString());
                start = -1;
            }
        }
    }

    static boolean isWordChar(char c) {
        if (c < WORD_CHAR.length) return WORD_CHAR[c];
        return Character.isLetterOrDigit(c) || "".equals(LETTERS.get(c));
    }

    // Tables for the characters below U+2020 (Latin, Cyrillic, apostrophes, quotes), filled from the definitions
    // (LETTERS, Character) once: the index folds every word of the site.

    /** {@link #LETTERS} by character. */
    private static final String[] FAST = new String[0x2020];
    /** {@code Character.toLowerCase} by character. */
    private static final char[] LOWER = new char[FAST.length];
    /** {@code Character.isLetterOrDigit} by character. */
    private static final boolean[] LETTER_OR_DIGIT = new boolean[FAST.length];
    /** {@link #isWordChar} by character. */
    private static final boolean[] WORD_CHAR = new boolean[FAST.length];

    static {
        LETTERS.forEach((c, v) -> {
            if (c < FAST.length) FAST[c] = v;
        });
        for (char c = 0; c < FAST.length; c++) {
            LOWER[c] = Character.toLowerCase(c);
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            WORD_CHAR[c] = LETTER_OR_DIGIT[c] || "".equals(FAST[c]);
        }
    }
}
