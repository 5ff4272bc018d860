package uz.shaffof.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotationTest {
    @Test
    void aTitleIsQuotedOnce() {
        assertEquals("«Hisobot»", Quotation.quote("Hisobot"));
    }

    @Test
    void quotesInsideATitleBecomeInnerQuotesSoNoneIsDoubled() {
        assertEquals("«„Қоғозбозликдан қочиш вақти аллақачон келган“ — Электрон ҳукумат»",
                Quotation.quote("«Қоғозбозликдан қочиш вақти аллақачон келган» — Электрон ҳукумат"));
    }
}
