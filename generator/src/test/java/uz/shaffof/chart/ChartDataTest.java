package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.csv.CsvRows;
import uz.shaffof.translit.Script;

class ChartDataTest {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Test
    void csvParsesBackToTheSpecsExactNumbers() {
        for (ChartSpec spec : ChartSamples.all(Script.CYRILLIC)) {
            List<List<String>> rows = CsvRows.read(ChartData.csv(spec));
            assertEquals(List.of("category", "series", "value", "qualifier", "unit", "source"), rows.get(0));
            assertEquals(spec.categories().size() * spec.series().size(), rows.size() - 1);
            int row = 1;
            for (int c = 0; c < spec.categories().size(); c++) {
                for (Series s : spec.series()) {
                    List<String> cells = rows.get(row++);
                    assertEquals(spec.categories().get(c), cells.get(0));
                    assertEquals(s.name(), cells.get(1));
                    BigDecimal v = s.values().get(c);
                    if (v == null) assertEquals("", cells.get(2));
                    else assertEquals(v, new BigDecimal(cells.get(2)));
                }
            }
        }
    }

    @Test
    void jsonParsesBackToTheSpecsExactNumbers() throws Exception {
        ChartSpec spec = new ChartSpec("exact", ChartKind.BAR, "T", "", "", List.of("a", "b", "c"),
                List.of(new Series("s", ChartSamples.values("12345678901234567.89", null, "85.70"))), Script.LATIN, "");
        JsonNode root = JSON.readTree(ChartData.json(spec));
        JsonNode values = root.get("series").get(0).get("values");
        assertEquals(new BigDecimal("12345678901234567.89"), values.get(0).decimalValue());
        assertTrue(values.get(1).isNull());
        assertEquals(new BigDecimal("85.70"), values.get(2).decimalValue());
        assertEquals("uz-Latn", root.get("language").asText());
    }

    @Test
    void filesAreByteStable() {
        for (ChartSpec spec : ChartSamples.all(Script.LATIN)) {
            assertEquals(ChartData.csv(spec), ChartData.csv(spec));
            assertEquals(ChartData.json(spec), ChartData.json(spec));
            assertEquals(ChartData.metadataJson(spec, "a.csv", "a.json"), ChartData.metadataJson(spec, "a.csv", "a.json"));
        }
    }

    @Test
    void metadataCountsGapsAndHashesTheFiles() throws Exception {
        ChartSpec spec = ChartSamples.all(Script.LATIN).get(0);
        JsonNode meta = JSON.readTree(ChartData.metadataJson(spec, "d.csv", "d.json"));
        assertEquals(7, meta.get("observations").asInt());
        assertEquals(1, meta.get("missing").asInt());
        assertTrue(meta.get("resources").get(0).get("hash").asText().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void aChartLabelThatASpreadsheetWouldRunIsNeutralisedAndANegativeValueStaysANumber() {
        ChartSpec spec = new ChartSpec("formula", ChartKind.BAR, "t", "", "", List.of("=HYPERLINK(\"http://x\")", "-1+2"),
                List.of(new Series("@SUM(1)", List.of(new BigDecimal("-52.3"), new BigDecimal("4")))), Script.LATIN, "");
        assertEquals("category,series,value,qualifier,unit,source\n\"'=HYPERLINK(\"\"http://x\"\")\",\"'@SUM(1)\",-52.3,,,\n"
                + "\"'-1+2\",\"'@SUM(1)\",4,,,\n", ChartData.csv(spec));
    }
}
