package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.figures.Fixture.dec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Outcome;
import uz.shaffof.content.ProjectStatus;
import uz.shaffof.content.Qualifier;
import uz.shaffof.content.Service;
import uz.shaffof.content.Text;
import uz.shaffof.csv.CsvRows;

class DatasetsTest {
    // Keeps numbers exactly as written (72.30 stays 72.30), so the test sees what a careful reader would.
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static Figures figures;

    @BeforeAll
    static void compute() {
        Fixture f = Fixture.generated(4);
        f.stated("passed-share", "UZ-AN", 2015, "42.2");
        f.observe("tested", null, 2015, "12572.30");
        for (int r = 0; r < Fixture.REGIONS.size(); r++) {
            f.portal(Fixture.REGIONS.get(r), 2016, Integer.toString(100 + r), r % 3 == 0 ? null : "5", "4.2");
        }
        f.website("khokimiyat-andijan", "UZ-AN", 2015, "72.3", null);
        f.website("khokimiyat-andijan", "UZ-AN", 2016, "80.5", "8.19");
        f.projectSet("prio-2020", LocalDate.of(2020, 6, 30),
                f.project("p1", "Vazirlik \"A\", bo‘lim", "UZ-AN", LocalDate.of(2020, 6, 1), ProjectStatus.PLANNED),
                f.project("p2", "Вазирлик\nБ", null, null, ProjectStatus.COMPLETED));
        f.service(new Service("askdoctor", Text.of("ASKDOCTOR"), null, null, null,
                List.of(new Outcome("users", Text.of("users"), dec("20000"), Qualifier.MORE_THAN, "people",
                        Fixture.CITE, f.pos())), f.pos()));
        figures = Figures.compute(f.content());
    }

    @Test
    void everyDatasetIsOffered() {
        assertEquals(List.of("indicator-tested", "indicator-passed", "indicator-late-days", "indicator-passed-share",
                "portal", "websites", "projects-prio-2020", "outcomes"),
                figures.datasets().stream().map(Dataset::id).toList());
    }

    @Test
    void csvAndJsonParseBackToTheSameNumbers() throws Exception {
        for (Dataset d : figures.datasets()) {
            assertTrue(d.csv().endsWith("\n"), "the CSV ends with a line end");
            List<List<String>> csv = CsvRows.read(d.csv());
            assertEquals(d.columnNames(), csv.get(0), d.id());
            assertEquals(d.rows(), csv.subList(1, csv.size()), d.id());

            JsonNode json = READER.readTree(d.json());
            assertEquals(d.id(), json.get("dataset").asText());
            assertEquals(d.rows().size(), json.get("rows").size(), d.id());
            for (int r = 0; r < d.rows().size(); r++) {
                JsonNode obj = json.get("rows").get(r);
                for (int c = 0; c < d.columns().size(); c++) {
                    Column col = d.columns().get(c);
                    String csvCell = csv.get(r + 1).get(c);
                    JsonNode node = obj.get(col.name());
                    if (csvCell.isEmpty()) {
                        assertTrue(node.isNull(), d.id() + " " + col.name());
                    } else if (col.type() == Column.Type.NUMBER) {
                        assertTrue(node.isNumber(), d.id() + " " + col.name() + " " + node);
                        // equals, not compareTo: the scale (72.30) survives both ways.
                        assertEquals(new BigDecimal(csvCell), node.decimalValue(), d.id() + " " + col.name());
                    } else {
                        assertEquals(csvCell, node.asText());
                    }
                }
            }
        }
    }

    @Test
    void numbersAreWrittenExactlyAsRead() {
        Dataset d = figures.dataset("indicator-tested").orElseThrow();
        assertTrue(d.csv().contains(",2015,,12572.30,exact,count,"), d.csv().lines().limit(3).toList().toString());
        assertTrue(d.json().contains("\"value\":12572.30"), d.json());
        assertFalse(d.json().contains("E+"));
    }

    @Test
    void csvHasAHeaderLfLineEndsAndRfc4180Quoting() {
        Dataset d = figures.dataset("projects-prio-2020").orElseThrow();
        String csv = d.csv();
        assertTrue(csv.startsWith("project,owner,executor,region,deadline,status,effective_status,days_overdue,"
                + "progress,as_of,source,locator\n"), csv);
        assertFalse(csv.contains("\r"));
        assertTrue(csv.contains("p1,\"Vazirlik \"\"A\"\", bo‘lim\",,UZ-AN,2020-06-01,planned,overdue,29,,2020-06-30,"),
                csv);
        assertTrue(csv.contains("p2,\"Вазирлик\nБ\",,,,completed,completed,,,2020-06-30,"), csv);
    }

    @Test
    void aTextCellASpreadsheetWouldRunIsNeutralisedWhileANegativeNumberStaysANumber() {
        Dataset d = new Dataset("formulas", null, List.of(Column.text("owner"), Column.number("change")),
                List.of(List.of("=cmd|' /C calc'!A0", "-52.3"), List.of("-2+3", "-0.5"), List.of("@SUM(A1)", "12")),
                List.of());
        assertEquals("owner,change\n\"'=cmd|' /C calc'!A0\",-52.3\n\"'-2+3\",-0.5\n\"'@SUM(A1)\",12\n", d.csv());
        assertTrue(d.json().contains("\"owner\":\"=cmd|' /C calc'!A0\""), "the JSON keeps the text exactly: " + d.json());
    }

    @Test
    void derivedDatasetShowsInputsAndTheStatedFigure() {
        Dataset d = figures.dataset("indicator-passed-share").orElseThrow();
        List<String> an2015 = d.rows().stream().filter(r -> r.get(1).equals("UZ-AN") && r.get(2).equals("2015"))
                .findFirst().orElseThrow();
        // 2015 is the fourth generated year: passed 300 + 17 * 3 = 351, tested 1000 + 11 * 3 = 1033, 33.98% -> 34.0.
        assertEquals(List.of("passed-share", "UZ-AN", "2015", "34.0", "351", "1033", "exact", "percent", "42.2",
                "fixture-source", "1-bo‘lim", "fixture-source", "1-bo‘lim"), an2015);
    }

    @Test
    void noDataIsAnEmptyCellNeverZero() {
        Dataset d = figures.dataset("portal").orElseThrow();
        List<String> an = d.rows().get(0);
        assertEquals("UZ-AN", an.get(0));
        assertEquals("", an.get(3), "late is not given for UZ-AN");
        assertEquals("", an.get(4), "so neither is the share late");
        assertTrue(d.json().contains("\"late\":null"));
        assertFalse(d.rows().stream().anyMatch(r -> r.get(0).equals("UZ-XO") && r.get(1).equals("2015")));
    }

    @Test
    void datasetsCiteTheirSources() {
        figures.datasets().forEach(d -> assertEquals(List.of("fixture-source"), d.sourceIds(), d.id()));
    }

    @Test
    void jsonKeysAreSorted() throws Exception {
        JsonNode root = READER.readTree(figures.dataset("websites").orElseThrow().json());
        assertEquals(List.of("columns", "dataset", "rows", "sources"), names(root.fieldNames()));
        List<String> keys = names(root.get("rows").get(0).fieldNames());
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    private static List<String> names(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
