package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine's shortcuts give the answers of the long way round, on random text built to sit on their edges: text
 * with nothing to convert is returned as it is, a plain Latin word (told by its letters, or by what follows the word)
 * is not a protected token, the one-pass survey of a text finds the dominant script that
 * {@link Transliterator#dominantScript} finds, whether it counts the letters in its pass or afterwards, and the
 * character tables answer as the tests they replace.
 */
class FastPathTest {
    private static final Transliterator T = Transliterator.standard();
    /**
     * Pieces with no letter either direction converts (no "{", which could make a marker): copied through whichever
     * way the text is converted. Combining marks and characters outside the NFC table take the normalising path.
     */
    private static final List<String> NEUTRAL = List.of(" ", "  ", "\n", ", ", ". ", "12 572", "85,7", "42,2%", "2016",
            "–", "(", ")", "«", "»", "'", "ʻ", "ʼ", "`", "’", "-", "}", "}-", "@", ":", "/", "5", "é", "ş", "ß", "İ",
            "α", "Ω", "日本", "\u0306", "\u212B", "\uD83D\uDE00");
    private static final List<String> CYRILLIC = List.of("Тошкент", "шаҳар", "ЎЗБЕКИСТОН", "й", "Ц", "ъ", "и\u0306");
    private static final List<String> LATIN = List.of("Toshkent", "shahar", "OʻZBEKISTON", "y", "C", "o'", "MP3",
            "my.gov.uz", "https://lex.uz/x", "info@gov.uz", "XXI", "mailto:", "www.", "e\u0301");

    @Test
    void textWithNothingToConvertComesOutAsTheLongWayRoundWritesIt() {
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            // Only Latin words (and neutral pieces) for toLatin, only Cyrillic words for toCyrillic.
            assertPassesThrough(text(random, LATIN), Script.LATIN, "Тошкент", "Toshkent");
            assertPassesThrough(text(random, CYRILLIC), Script.CYRILLIC, "Toshkent", "Тошкент");
        }
    }

    /**
     * {@code text} alone takes the shortcut; after a word to convert and a line break it goes the long way, through
     * the word loop, and must come out the same (the word before it changes nothing that follows a line break). The
     * word itself is converted, or kept when it is a Latin word in mostly Cyrillic text.
     */
    private static void assertPassesThrough(String text, Script target, String word, String converted) {
        String expected = Transliterator.normalize(text);
        assertEquals(expected, T.convert(text, target), text);
        String longWay = T.convert(word + "\n" + text, target);
        assertEquals("\n" + expected, longWay.substring(longWay.indexOf('\n')), text);
        assertTrue(longWay.startsWith(converted + "\n") || longWay.startsWith(word + "\n"), longWay);
        assertEquals(T.convert(text, target), T.convertWithWarnings(text, target).text(), text);
    }

    @Test
    void aGlossaryPhraseWithoutSourceLettersIsStillFound() throws GlossaryException {
        Transliterator t = Transliterator.builder().glossary(Glossary.parse("Wi-Fi\tWiFi\tword\n", "g.tsv")).build();
        assertEquals("Wi-Fi, 12", t.toLatin("WiFi, 12")); // the text has no Cyrillic letter, yet a phrase to replace
        assertEquals("12 - 5", t.toLatin("12 - 5"));
    }

    @Test
    void outputThatNfcWouldChangeIsComposedThoughTheTextWasStable() throws GlossaryException {
        // The glossary form starts with U+0338, which composes with the "=" before it (≠): the output needs NFC.
        Transliterator t = Transliterator.builder().glossary(Glossary.parse("\u0338ok\tок\tword\n", "g.tsv")).build();
        assertEquals("\u2260ok, \u0338ok", t.toLatin("=ок, ок")); // after a space it stays as it is
    }

    @Test
    void aPlainWordIsNeverAToken() {
        String[] pieces = {"a", "http", "https", "ftp", "mailto", "www", "gov", "uz", "info", "MP", "DVBT", "x",
            ":", "//", ".", "@", "-", "_", "%", "+", "3", "12", " ", ",", "ʻ", "'", "ш", "é", "/", "(", ")"};
        Random random = new Random(5);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            char[] s = b.toString().toCharArray();
            int n = s.length;
            for (int i = 0; i < n; i++) {
                if (ProtectedTokens.isPlainWord(s, n, i)) {
                    for (boolean codeTokens : new boolean[] {true, false}) {
                        assertEquals(-1, ProtectedTokens.tokenEnd(s, n, i, codeTokens), b + " at " + i);
                    }
                }
            }
        }
        assertFalse(ProtectedTokens.isPlainWord("mailto:x".toCharArray(), 8, 0));
    }

    @Test
    void aWordThatEndsPlainlyIsNeverAToken() {
        String[] pieces = {"a", "Toshkent", "http", "www", "mailto", "gov", "uz", "MP", "o", "g", "ʻ", "ʼ", "'", "`", "’",
            "ш", "é", "3", "12", ".", ":", "//", "@", "-", "_", "%", "+", " ", ",", "/", "(", "\n"};
        Random random = new Random(13);
        WordRules[] rules = {new LatinToCyrillic(), new CyrillicToLatin(Orthography.LATIN_1995)};
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            char[] s = b.toString().toCharArray();
            int n = s.length;
            for (int i = 0; i < n; i++) {
                if (!Letters.isAsciiLetter(s[i])) {
                    continue;
                }
                for (WordRules r : rules) {
                    if (ProtectedTokens.endsPlainly(s, n, r.wordEnd(s, n, i))) {
                        for (boolean codeTokens : new boolean[] {true, false}) {
                            assertEquals(-1, ProtectedTokens.end(s, n, i, codeTokens), b + " at " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSurveyFindsWhatTheSeparateScansFind() {
        List<String> pieces = List.of("Тош", "toSH", "é", "ş", "α", " ", "ʻ", "12", "Ѐ", "\u0483", "-{", "{", "-", "Ω", "ĳ",
                "Ǆ", "\u0306", "\u2014", "Ꜳ", "日");
        Random random = new Random(3);
        TextSurvey survey = new TextSurvey();
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            for (boolean countLetters : new boolean[] {false, true}) {
                survey.take(text.toCharArray(), text.length(), countLetters);
                assertEquals(Transliterator.dominantScript(text), survey.dominantScript(), text);
                assertEquals(Nfc.isStable(text), survey.isNfcStable(), text);
                assertEquals(text.contains("-{"), survey.hasMarkers(), text);
                assertEquals(text.chars().anyMatch(c -> Letters.isCyrillic((char) c)), survey.hasLettersOf(Script.CYRILLIC));
                assertEquals(text.chars().anyMatch(c -> Letters.isAsciiLetter((char) c)), survey.hasLettersOf(Script.LATIN));
                assertEquals(text.chars().anyMatch(c -> Letters.isLetter((char) c)), survey.hasLetters(), text);
            }
        }
    }

    @Test
    void theCharacterTablesAnswerAsTheComputedTestsDo() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            String at = "U+" + Integer.toHexString(i);
            assertEquals(Letters.computeIsLetter(c), Letters.isLetter(c), at);
            assertEquals(Letters.computeIsLetter(c) || Character.isDigit(c), Letters.isLetterOrDigit(c), at);
            assertEquals(Character.isUpperCase(c), Letters.isUpperCase(c), at);
        }
    }

    private static String text(Random random, List<String> words) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(10); k >= 0; k--) {
            b.append(random.nextInt(3) == 0 ? words.get(random.nextInt(words.size()))
                    : NEUTRAL.get(random.nextInt(NEUTRAL.size())));
        }
        return b.toString();
    }
}
