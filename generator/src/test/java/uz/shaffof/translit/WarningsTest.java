package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Latin-authored words the rules had to guess are reported; `check --strict` turns them into errors. */
class WarningsTest {
    /** A thread reuses its buffers: a text with nothing to convert must not report the last text's guesses. */
    @Test
    void aTextWithNothingToConvertHasNoWarningsOfTheTextBefore() {
        Transliterator t = Transliterator.standard();
        assertEquals(1, t.convertWithWarnings("-{ochiq", Script.CYRILLIC).warnings().size());
        assertEquals(List.of(), t.convertWithWarnings("2024, 12", Script.CYRILLIC).warnings());
        assertEquals(List.of(), t.convertWithWarnings("", Script.CYRILLIC).warnings());
    }

    private static final Transliterator T = Transliterator.standard();

    private static List<TranslitWarning> warnings(String latin) {
        return T.convertWithWarnings(latin, Script.CYRILLIC).warnings();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "yaratsa|ts guessed",
        "detsibel|ts guessed",
        "ekspressiya|loanword shape -siya",
        "mansionlar|loanword shape -sion",
        "konfidensial|loanword shape -sia",
        "desert|loanword shape -sert",
        "resentiment|loanword shape -sent",
        "konsyerj|ye after a consonant",
        "tilyon|yo after a consonant",
        "kulyar|ya after a consonant",
        "bryus|yu after a consonant",
        "kapitel|loanword ending -el",
        "mintabr|loanword ending -br",
        "Ko\u02BCprik|read as the sign of oʻ",
        "qa\u02BBra|ʻ between letters read as the tutuq"})
    void guessesAreReported(String word, String reason) {
        List<TranslitWarning> w = warnings(word);
        assertTrue(w.stream().anyMatch(x -> x.reason().contains(reason)), word + " → " + w);
        assertEquals(word, w.get(0).word());
    }

    @ParameterizedTest(name = "{0} needs no warning")
    @ValueSource(strings = {"ketsa", "konsert", "aksiya", "oktabrda", "federatsiya", "obyekt", "kompyuter", "dunyo",
        "berilyapti", "kechyapmiz", "Toshkent shahri", "Oʻzbekiston", "O'zbekiston", "maʼno", "ma'no", "XXI asr",
        "my.gov.uz", "-{kulyar}-", "12 572", "Rossiya", "shaklda"})
    void decidedWordsAreSilent(String text) {
        assertEquals(List.of(), warnings(text));
    }

    @Test
    void offsetsPointAtTheWordInTheInput() {
        String text = "Bugun\nyangi desert bor";
        TranslitWarning w = warnings(text).get(0);
        assertEquals("desert", w.word());
        assertEquals(text.indexOf("desert"), w.offset());
        assertEquals(6, w.length());
    }

    @Test
    void warningsDoNotChangeTheText() {
        String text = "yaratsa konsyerj desert";
        assertEquals(T.toCyrillic(text), T.convertWithWarnings(text, Script.CYRILLIC).text());
    }

    @Test
    void cyrillicAuthoredTextIsNotGated() {
        assertEquals(List.of(), T.convertWithWarnings("Курьер ва десерт, яратса.", Script.LATIN).warnings());
    }

    @Test
    void markerProblemsAreReported() {
        assertTrue(T.convertWithWarnings("-{ochiq", Script.CYRILLIC).warnings().get(0).reason().contains("}-"));
        assertTrue(T.convertWithWarnings("-{uz-latn:faqat lotin}-", Script.CYRILLIC).warnings().get(0).reason()
                .contains("uz-cyrl"));
    }
}
