package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every stem of the built-in dictionary, against words that merely begin or end with it and across hyphens: the
 * dictionary may change a word only where one of its entries covers the word (the entry, then nothing or a
 * chain of suffixes). A word that only looks like a stem plus something else (the konsert of a peer that
 * wrote коньсерт from its kon→конь) must come out exactly as the letter rules write it, and a hyphen always
 * ends what an entry may cover.
 */
class StemBoundaryTest {
    private static final Transliterator FULL = Transliterator.standard();
    private static final BuiltInDictionary DICTIONARY = BuiltInDictionary.get();
    /** Tails and heads that are not suffixes: what follows or precedes a stem in a word it does not cover. */
    private static final String[] LATIN_TAILS = {"ert", "obod", "usta"};
    private static final String[] CYRILLIC_TAILS = {"ерт", "обод", "уста"};
    private static final String[] LATIN_HEADS = {"qa", "bel"};
    private static final String[] CYRILLIC_HEADS = {"қа", "бел"};
    private static final String LATIN_WORD = "tomosha";
    private static final String CYRILLIC_WORD = "томоша";

    private static TextConverter rulesOnly(Script target) {
        WordRules rules = target == Script.LATIN ? new CyrillicToLatin(Orthography.LATIN_1995) : new LatinToCyrillic();
        return new TextConverter(rules, Lexicon.EMPTY, Lexicon.EMPTY, Lexicon.EMPTY, ApostropheStyle.UNICODE,
                Orthography.LATIN_1995);
    }

    private static List<LexiconEntry> allEntries() {
        List<LexiconEntry> all = new ArrayList<>();
        for (Lexicon l : List.of(DICTIONARY.lexicon(), DICTIONARY.hyphenated())) {
            for (int i = 0; i < l.size(); i++) {
                all.add(l.entry(i));
            }
        }
        return all;
    }

    /** The folded keys of every entry used from {@code source}, with whether the entry is a stem and a proper name. */
    private record Key(String key, boolean stem, boolean properName) {}

    private static List<Key> keys(Script source) {
        List<Key> keys = new ArrayList<>();
        for (LexiconEntry e : allEntries()) {
            List<String> forms = source == Script.CYRILLIC ? Lexicon.cyrillicKeys(e) : Lexicon.latinKeys(e);
            for (String k : forms) {
                keys.add(new Key(k, e.scope() == Scope.STEM, e.isProperName()));
            }
        }
        return keys;
    }

    /** Whether some entry covers the whole word: its key, then nothing or (for a stem) a chain of suffixes. */
    private static boolean covered(String word, List<Key> keys, Script source) {
        String folded = Lexicon.fold(word);
        char[] w = word.toCharArray();
        for (Key k : keys) {
            if (!folded.startsWith(k.key()) || k.properName() && !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            int end = k.key().length();
            if (end == w.length || k.stem() && Suffixes.isChain(w, end, w.length, source)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void latinStemsChangeOnlyTheWordsTheyCover() {
        assertEquals(List.of(), changedWords(Script.LATIN));
    }

    @Test
    void cyrillicStemsChangeOnlyTheWordsTheyCover() {
        assertEquals(List.of(), changedWords(Script.CYRILLIC));
    }

    /** Words built around each stem of the {@code source} script whose conversion the dictionary changed wrongly. */
    private static List<String> changedWords(Script source) {
        Script target = source.other();
        TextConverter rules = rulesOnly(target);
        List<Key> keys = keys(source);
        boolean latin = source == Script.LATIN;
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (LexiconEntry e : allEntries()) {
            if (latin ? !e.toCyrillic() : !e.toLatin()) {
                continue;
            }
            String stem = latin ? e.latin() : e.cyrillic();
            List<String> words = new ArrayList<>();
            for (String tail : latin ? LATIN_TAILS : CYRILLIC_TAILS) {
                words.add(stem + tail);
            }
            String lower = stem.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + stem.substring(1);
            for (String head : latin ? LATIN_HEADS : CYRILLIC_HEADS) {
                words.add(head + lower);
            }
            for (String w : words) {
                if (covered(w, keys, source)) {
                    continue;
                }
                checked++;
                String got = FULL.convert(w, target);
                String byRule = rules.convert(w);
                if (!got.equals(byRule)) {
                    wrong.add(w + " gave " + got + ", the rules " + byRule + " (stem " + stem + ")");
                }
            }
            // A hyphen ends what the entry covers, on either side of it.
            String other = latin ? LATIN_WORD : CYRILLIC_WORD;
            String alone = FULL.convert(stem, target);
            String otherAlone = FULL.convert(other, target);
            for (String[] pair : new String[][] {{stem + "-" + other, alone + "-" + otherAlone},
                    {other + "-" + lower, otherAlone + "-" + FULL.convert(lower, target)}}) {
                checked++;
                String got = FULL.convert(pair[0], target);
                if (!got.equals(pair[1])) {
                    wrong.add(pair[0] + " gave " + got + ", expected " + pair[1]);
                }
            }
        }
        assertTrue(checked > 5000, "words checked: " + checked);
        return wrong;
    }

    @Test
    void aCommonWordIsNotPartOfAHyphenatedName() {
        assertEquals("цент", FULL.toCyrillic("sent"));
        assertEquals("Сент-Пьер", FULL.toCyrillic("Sent-Pyer"));
        assertEquals("Сент-Люсияда", FULL.toCyrillic("Sent-Lyusiyada"));
        assertEquals("концерт-томоша", FULL.toCyrillic("konsert-tomosha"));
        assertEquals("Концерт-томоша", FULL.toCyrillic("Konsert-tomosha"));
    }

    @Test
    void aProperNameMatchesOnlyACapitalisedWord() {
        assertEquals("Бельгияда", FULL.toCyrillic("Belgiyada"));
        assertEquals("Финляндия", FULL.toCyrillic("Finlandiya"));
        assertEquals("финландия", FULL.toCyrillic("finlandiya"));
    }
}
