package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What must come out byte-identical, and the author markers. */
class PassThroughTest {
    private static final Transliterator T = Transliterator.standard();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://my.gov.uz/uz/service/123?lang=uz#top", "http://lex.uz/docs/-4719", "www.gov.uz",
        "my.gov.uz", "Karantininfo.uz", "info@gov.uz", "murojaat@my.gov.uz", "12 572", "85,7", "16 096,65", "65%",
        "XXI", "XIV", "MMXXVI", "MP3", "5G", "COVID19", "Facebook", "Twitter", "ASKDOCTOR", "Schrödinger"})
    void latinTokensSurviveBothDirections(String token) {
        assertEquals("(" + token + ")", T.toCyrillic("(" + token + ")"));
        assertEquals("(" + token + ")", T.toLatin("(" + token + ")"));
    }

    @Test
    void urlsKeepCyrillicPathsAndLoseTrailingPunctuation() {
        assertEquals("Qarang: https://uz.wikipedia.org/wiki/Тошкент.", T.toLatin("Қаранг: https://uz.wikipedia.org/wiki/Тошкент."));
        assertEquals("Сайт (https://gov.uz/uz).", T.toCyrillic("Sayt (https://gov.uz/uz)."));
    }

    @Test
    void latinBrandsInsideCyrillicTextPassThrough() {
        assertEquals("DVBT-2 standartida ishlovchi 5 kVt uzatkich, ASKDOCTOR portali, FacebookTwitter",
                T.toLatin("DVBT-2 стандартида ишловчи 5 кВт узаткич, ASKDOCTOR портали, FacebookTwitter"));
    }

    @Test
    void romanNumeralsStayButInitialsConvert() {
        assertEquals("XXI аср, I чорак, И.Каримов, V боб", T.toCyrillic("XXI asr, I chorak, I.Karimov, V bob"));
        assertEquals("ИИВ", T.toCyrillic("IIV"), "not a well-formed numeral: an abbreviation");
    }

    @Test
    void doNotTransliterateSpanIsCopiedWithoutMarkers() {
        assertEquals("ЎзР va ToshDU", T.toLatin("-{ЎзР}- ва ToshDU"));
        assertEquals("O'zbekiston Ўзбекистон", T.toCyrillic("-{O'zbekiston}- O'zbekiston"));
        assertEquals("a-{b}-c", T.toLatin("-{a-{b}-}-c"), "the first }- closes the span");
    }

    @Test
    void perEditionTextPicksTheTargetEdition() {
        String marked = "-{uz-latn:Toshkent shahar hokimligi;uz-cyrl:Тошкент шаҳар ҳокимлиги}- binosi";
        assertEquals("Toshkent shahar hokimligi binosi", T.toLatin(marked));
        assertEquals("Тошкент шаҳар ҳокимлиги биноси", T.toCyrillic(marked));
        assertEquals("Тошкент", T.toCyrillic("-{uz-cyrl:Тошкент; uz-latn:Toshkent}-"));
    }

    @Test
    void latinWordsInMostlyCyrillicTextAreKeptByToCyrillic() {
        assertEquals("DVBT-2 стандартида, «Дневник.ru» тизими", T.toCyrillic("DVBT-2 стандартида, «Дневник.ru» тизими"));
        assertEquals("ДВБТ-2 стандартида", T.toCyrillic("DVBT-2 standartida"), "in Latin text it is converted");
    }

    @Test
    void protectedSpansSkipNormalisation() {
        String decomposed = "е\u0308";
        assertEquals(decomposed + " yo", T.toLatin("-{" + decomposed + "}- " + decomposed));
    }

    @Test
    void unterminatedMarkerConvertsTheRest() {
        assertEquals("-{шаҳар", T.toCyrillic("-{shahar"));
    }

    @Test
    void decomposedInputIsComposedFirst() {
        String decomposed = "и\u0306ил, е\u0308ш, у\u0306збек, И\u0306ЎЛ";
        assertEquals("yil, yosh, oʻzbek, YOʻL", T.toLatin(decomposed));
        assertEquals("йил", T.toCyrillic("yil"));
    }

    @Test
    void emptyAndNonLetterTextIsUnchanged() {
        assertEquals("", T.toLatin(""));
        assertEquals("  \n\t«—»…№ 1,5%", T.toCyrillic("  \n\t«—»…№ 1,5%"));
    }

    @Test
    void dominantScriptCountsLetters() {
        assertEquals(Script.CYRILLIC, Transliterator.dominantScript("Тошкент шаҳри, my.gov.uz"));
        assertEquals(Script.LATIN, Transliterator.dominantScript("Toshkent shahri, Тош"));
        assertEquals(Script.LATIN, Transliterator.dominantScript("12 572 —"));
        assertEquals(Script.LATIN, Transliterator.dominantScript(""));
    }

    @Test
    void convertTakesTheTarget() {
        assertEquals("shahar", T.convert("шаҳар", Script.LATIN));
        assertEquals("шаҳар", T.convert("shahar", Script.CYRILLIC));
    }

    @Test
    void apostropheStyleQuotes() {
        Transliterator q = Transliterator.builder().apostrophes(ApostropheStyle.QUOTES).build();
        assertEquals("O‘zbekiston, ma’no, Is’hoq, mo‘jiza", q.toLatin("Ўзбекистон, маъно, Исҳоқ, мўъжиза"));
        assertEquals("Oʻzbekiston, maʼno", T.toLatin("Ўзбекистон, маъно"));
        assertEquals('\u02BB', ApostropheStyle.UNICODE.modifier());
        assertEquals('\u2019', ApostropheStyle.QUOTES.tutuq());
    }

    @Test
    void orthographyProfileIsExplicit() {
        Transliterator t = Transliterator.builder().orthography(Orthography.LATIN_1995).build();
        assertEquals("Oʻgʻil, choy, shahar", t.toLatin("Ўғил, чой, шаҳар"));
    }
}
