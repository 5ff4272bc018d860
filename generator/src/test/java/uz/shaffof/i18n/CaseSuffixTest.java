package uz.shaffof.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseSuffixTest {
    private static final String NBSP = "\u00A0";

    @Test
    void suffixIsWrittenOnTheUnitWordInBothScripts() {
        assertEquals("630" + NBSP + "000" + NBSP + "nafardan ortiq", CaseSuffix.fill("{0}dan ortiq", "630" + NBSP + "000" + NBSP + "nafar"));
        assertEquals("700" + NBSP + "nafarga yaqin", CaseSuffix.fill("{0}ga yaqin", "700" + NBSP + "nafar"));
        assertEquals("12" + NBSP + "000" + NBSP + "tadan ortiq", CaseSuffix.fill("{0}dan ortiq", "12" + NBSP + "000" + NBSP + "ta"));
        assertEquals("630" + NBSP + "000" + NBSP + "нафардан ортиқ", CaseSuffix.fill("{0}дан ортиқ", "630" + NBSP + "000" + NBSP + "нафар"));
        assertEquals("700" + NBSP + "нафарга яқин", CaseSuffix.fill("{0}га яқин", "700" + NBSP + "нафар"));
    }

    @Test
    void afterDigitsOrASignTheSuffixTakesAHyphen() {
        assertEquals("630" + NBSP + "000-dan ortiq", CaseSuffix.fill("{0}dan ortiq", "630" + NBSP + "000"));
        assertEquals("6,5%-dan", CaseSuffix.attach("6,5%", "dan"));
        assertEquals("6,5%-га", CaseSuffix.attach("6,5%", "га"));
    }

    @Test
    void dativeAssimilatesAfterKAndQButNotAfterAnAbbreviation() {
        assertEquals("tokka", CaseSuffix.attach("tok", "ga"));
        assertEquals("qishloqqa", CaseSuffix.attach("qishloq", "ga"));
        assertEquals("қишлоққа", CaseSuffix.attach("қишлоқ", "га"));
        assertEquals("5 kmga", CaseSuffix.attach("5 km", "ga"));
        assertEquals("nafardan", CaseSuffix.attach("nafar", "dan"));
    }

    @Test
    void aPhraseWithoutASuffixIsFilledAsItIs() {
        assertEquals("kamida 5 ta", CaseSuffix.fill("kamida {0}", "5 ta"));
    }
}
