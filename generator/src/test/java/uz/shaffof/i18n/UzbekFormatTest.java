package uz.shaffof.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UzbekFormatTest {
    private static final String NB = "\u00A0";

    @Test
    void groupsThousandsWithNoBreakSpaceAndUsesDecimalComma() {
        assertEquals("12" + NB + "572", UzbekFormat.number(new BigDecimal("12572")));
        assertEquals("85,7", UzbekFormat.number(new BigDecimal("85.7")));
        assertEquals("1" + NB + "234" + NB + "567,5", UzbekFormat.number(new BigDecimal("1234567.5")));
        assertEquals("630" + NB + "000", UzbekFormat.number(new BigDecimal("630000")));
        assertEquals("999", UzbekFormat.number(new BigDecimal("999")));
    }

    @Test
    void printsExactlyWhatWasWrittenWithoutExponentOrRounding() {
        assertEquals("12" + NB + "345" + NB + "678" + NB + "901" + NB + "234" + NB + "567,89",
                UzbekFormat.number(new BigDecimal("12345678901234567.89")));
        assertEquals("4,99", UzbekFormat.number(new BigDecimal("4.99")));
        assertEquals("0,50", UzbekFormat.number(new BigDecimal("0.50")));
        assertEquals("1" + NB + "000", UzbekFormat.number(new BigDecimal("1E+3")));
        assertEquals("85,70", UzbekFormat.number(new BigDecimal("85.70")));
        assertEquals("0,001", UzbekFormat.number(new BigDecimal("0.001")));
        assertEquals("0", UzbekFormat.number(new BigDecimal("0")));
    }

    @Test
    void marksNegativeNumbersWithTheMinusSignAndPositiveChangesWithPlus() {
        assertEquals("\u22123,5", UzbekFormat.number(new BigDecimal("-3.5")));
        assertEquals("+8,2", UzbekFormat.signed(new BigDecimal("8.2")));
        assertEquals("0", UzbekFormat.signed(BigDecimal.ZERO));
    }

    @Test
    void writesDatesTheWayEachScriptDoes() {
        LocalDate d = LocalDate.of(2016, 12, 15);
        assertEquals("2016-yil 15-dekabr", UzbekFormat.date(d, Edition.LATN));
        assertEquals("2016 йил 15 декабрь", UzbekFormat.date(d, Edition.CYRL));
        assertEquals("2017-yil 1-sentabr", UzbekFormat.date(LocalDate.of(2017, 9, 1), Edition.LATN));
        assertEquals("2016-yil", UzbekFormat.year(2016, Edition.LATN));
        assertEquals("2016 йил", UzbekFormat.year(2016, Edition.CYRL));
    }
}
