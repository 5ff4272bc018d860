package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELIABILITY row 14: figures are read exactly as written, never through a double. */
class ExactNumbersTest {
    @TempDir
    Path dir;

    @Test
    void thousandRandomDecimalsRoundTripExactly() {
        Random random = new Random(20161215L); // fixed seed: a failure names a reproducible value
        List<String> written = new ArrayList<>();
        StringBuilder totals = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            long units = (long) (random.nextDouble() * 1_000_000_000_000_000L); // up to 10^15
            String value = units + "." + String.format("%02d", random.nextInt(100));
            written.add(value);
            if (i > 0) totals.append(",\n");
            totals.append("    {\"id\": \"t").append(i).append("\", \"label\": \"Жами\", \"value\": ").append(value)
                    .append(", \"source\": {\"id\": \"src-a\", \"locator\": \"1\"}}");
        }
        String file = "{\n  \"id\": \"plan\",\n  \"title\": \"Режа\",\n  \"description\": \"Режа.\",\n  \"asOf\": \"2017-01-01\",\n"
                + "  \"totals\": [\n" + totals + "\n  ],\n  \"projects\": []\n}\n";
        LoadResult r = ContentFixture.minimal(dir).write("content/projects/plan.json", file).load();
        assertTrue(r.problems().isEmpty(), ProblemAssertions.dump(r));
        List<PortfolioTotal> read = r.content().projects().get(0).totals();
        assertEquals(1000, read.size());
        int exact = 0;
        for (int i = 0; i < 1000; i++) {
            BigDecimal v = read.get(i).value();
            assertEquals(new BigDecimal(written.get(i)), v, "total t" + i);     // equals compares the scale too
            assertEquals(written.get(i), v.toPlainString(), "total t" + i);
            exact++;
        }
        assertEquals(1000, exact);
    }

    @Test
    void trailingZerosAndLargeIntegersSurvive() {
        LoadResult r = ContentFixture.minimal(dir).write("content/projects/plan.json", """
                {"id": "plan", "title": "Режа", "description": "Режа.", "asOf": "2017-01-01", "projects": [], "totals": [
                  {"id": "a", "label": "А", "value": 12.30, "source": {"id": "src-a", "locator": "1"}},
                  {"id": "b", "label": "Б", "value": 12345678901234567.89, "source": {"id": "src-a", "locator": "1"}},
                  {"id": "c", "label": "В", "value": 900000000000000001, "source": {"id": "src-a", "locator": "1"}}
                ]}
                """).load();
        assertTrue(r.problems().isEmpty(), ProblemAssertions.dump(r));
        List<PortfolioTotal> t = r.content().projects().get(0).totals();
        assertEquals("12.30", t.get(0).value().toPlainString());
        assertEquals("12345678901234567.89", t.get(1).value().toPlainString());
        assertEquals("900000000000000001", t.get(2).value().toPlainString());
    }
}
