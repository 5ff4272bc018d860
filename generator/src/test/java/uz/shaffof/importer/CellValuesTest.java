package uz.shaffof.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uz.shaffof.content.Qualifier;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12 572|12572", "12\u00A0572|12572", "12\u202F572|12572", "85,7|85.7", "85.7|85.7", "1 234,5|1234.5",
            "1.234,5|1234.5", "1,234.5|1234.5", "1,234,567|1234567", "0,125|0.125", "20751|20751", "81,70|81.70",
            "-3,5|-3.5"})
    void numbersAsEditorsWriteThem(String text, String expected) {
        CellValues.Figure f = assertInstanceOf(CellValues.Figure.class, CellValues.readText(text, false));
        assertEquals(new BigDecimal(expected), f.value());
        assertEquals(Qualifier.EXACT, f.qualifier());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "630 000 dan ortiq|MORE_THAN", "630 000 дан ортиқ|MORE_THAN", "630 000 дан ортик|MORE_THAN",
            ">630000|MORE_THAN", "> 630 000|MORE_THAN", "более 630 000|MORE_THAN", "630000+|MORE_THAN",
            "~700|ABOUT", "taxminan 700|ABOUT", "около 700|ABOUT", ">=5|AT_LEAST", "kamida 5|AT_LEAST",
            "<5|LESS_THAN", "5 dan kam|LESS_THAN"})
    void qualifierWordsBecomeTheQualifier(String text, Qualifier expected) {
        CellValues.Figure f = assertInstanceOf(CellValues.Figure.class, CellValues.readText(text, false));
        assertEquals(expected, f.qualifier());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "–", "—", "н/д", "Н/Д", "ma'lumot yo'q", "maʼlumot yoʻq", "маълумот йўқ"})
    void noFigureIsNeverZero(String text) {
        assertInstanceOf(CellValues.NoFigure.class, CellValues.readText(text, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,572", "12 572 nafar", "abc", "1.2.3,4", "1,23,4", "<=5", "~>5"})
    void anythingElseIsReported(String text) {
        assertInstanceOf(CellValues.Invalid.class, CellValues.readText(text, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"85,7%|85.7", "85,7 %|85.7"})
    void aPercentSignIsFineForAPercentIndicator(String text, String expected) {
        CellValues.Figure f = assertInstanceOf(CellValues.Figure.class, CellValues.readText(text, true));
        assertEquals(new BigDecimal(expected), f.value());
        assertInstanceOf(CellValues.Invalid.class, CellValues.readText(text, false));
    }
}
