package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text read in parts is never cut inside a date: "2016 йил" converts to "2016-yil" only when seen whole. */
class StreamCutsDateTest {
    private static final TextConverter TO_LATIN = new TextConverter(new CyrillicToLatin(Orthography.LATIN_1995),
            Lexicon.EMPTY, Lexicon.EMPTY, Lexicon.EMPTY, ApostropheStyle.UNICODE, Orthography.LATIN_1995);

    @Test
    void noCutBetweenANumeralAndItsYearWord() {
        char[] s = "ҳисобот 2016 йил".toCharArray();
        assertEquals("ҳисобот ".length(), StreamCuts.plain(s, s.length, TO_LATIN));
    }

    @Test
    void aCutAfterAWordStillComesAfterItsSpace() {
        char[] s = "ҳисобот йил".toCharArray();
        assertEquals("ҳисобот ".length(), StreamCuts.plain(s, s.length, TO_LATIN));
    }
}
