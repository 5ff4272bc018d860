package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @Test
    void seedShareIs37Point7Not42Point2() {
        // Seed 000: 900 of 2390 staff passed the attestation; the report says 42,2%.
        assertEquals(dec("37.7"), Rounding.sharePercent(dec("900"), dec("2390")));
        assertEquals(dec("37.6569037657"), Rounding.exactSharePercent(dec("900"), dec("2390")));
        assertFalse(Rounding.agrees(dec("42.2"), dec("37.7")));
    }

    @Test
    void seedWebsiteScoreChangeIs8Point2PointsAnd11Point3Percent() {
        // Seed 000: the website scored 72.3 in 2015 and 80.5 in 2016; the report says "8,19%".
        assertEquals(dec("8.2"), Rounding.absoluteChange(dec("72.3"), dec("80.5")));
        assertEquals(dec("11.3"), Rounding.relativeChangePercent(dec("72.3"), dec("80.5")));
        assertFalse(Rounding.agrees(dec("8.19"), dec("11.3")));
    }

    @ParameterizedTest(name = "{0} / {1} = {2}%")
    @CsvSource({
        "1, 3, 33.3",
        "2, 3, 66.7",
        "1, 8, 12.5",     // exactly half-way at the 2nd place is not a tie at the 1st: 12.5
        "1, 16, 6.3",     // 6.25 rounds half up
        "1, 400, 0.3",    // 0.25 rounds half up
        "0, 7, 0.0",
        "7, 7, 100.0",
        "0.5, 2, 25.0",
    })
    void sharesRoundHalfUpToOnePlace(String part, String whole, String expected) {
        assertEquals(dec(expected), Rounding.sharePercent(dec(part), dec(whole)));
    }

    @Test
    void roundsOnceFromTheExactQuotient() {
        // 0.0499999999995...%: rounding to 10 places first would give 0.05 and then 0.1; the rule gives 0.0.
        assertEquals(dec("0.0"), Rounding.sharePercent(dec("499999999995"), dec("1000000000000000")));
    }

    @Test
    void shareOfNothingOrOfAMissingFigureIsUndefinedNotZero() {
        assertNull(Rounding.sharePercent(dec("5"), dec("0")));
        assertNull(Rounding.sharePercent(null, dec("5")));
        assertNull(Rounding.sharePercent(dec("5"), null));
    }

    @Test
    void absoluteChangeKeepsTheScaleOfTheInputs() {
        assertEquals("8.2", Rounding.absoluteChange(dec("72.3"), dec("80.5")).toPlainString());
        assertEquals("-0.50", Rounding.absoluteChange(dec("1.50"), dec("1.00")).toPlainString());
        assertEquals("120", Rounding.absoluteChange(dec("1000"), dec("1120")).toPlainString());
    }

    @Test
    void relativeChangeFromZeroIsUndefinedAndFromNegativeKeepsDirection() {
        assertNull(Rounding.relativeChangePercent(dec("0"), dec("5")));
        assertEquals(dec("50.0"), Rounding.relativeChangePercent(dec("-2"), dec("-1")));
        assertEquals(dec("-25.0"), Rounding.relativeChangePercent(dec("4"), dec("3")));
    }

    @Test
    void statedFiguresAreComparedAtTheirOwnPrecisionButNoFinerThanOnePlace() {
        assertTrue(Rounding.agrees(dec("37.7"), dec("37.7")));
        assertTrue(Rounding.agrees(dec("37.66"), dec("37.7")));
        assertTrue(Rounding.agrees(dec("38"), dec("37.7")));
        assertFalse(Rounding.agrees(dec("37.6"), dec("37.7")));
        assertTrue(Rounding.agrees(dec("1E+1"), dec("10.2")));
    }

    @Test
    void statedPercentagesAreComparedWithTheExactQuotientRoundedOnce() {
        assertFalse(Rounding.agreesWithPercent(dec("42.2"), dec("900"), dec("2390")));
        assertTrue(Rounding.agreesWithPercent(dec("37.7"), dec("900"), dec("2390")));
        // 37.45%: a stated "37" agrees; "38" does not (rounding 37.5 again would have said it does).
        assertTrue(Rounding.agreesWithPercent(dec("37"), dec("3745"), dec("10000")));
        assertFalse(Rounding.agreesWithPercent(dec("38"), dec("3745"), dec("10000")));
        // A relative change is (to - from) / |from|: 8.2 / 72.3 = 11.34%.
        assertTrue(Rounding.agreesWithPercent(dec("11.3"), dec("8.2"), dec("72.3")));
        assertFalse(Rounding.agreesWithPercent(dec("8.19"), dec("8.2"), dec("72.3")));
    }
}
