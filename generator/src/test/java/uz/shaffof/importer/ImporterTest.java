package uz.shaffof.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.LoadResult;
import uz.shaffof.content.Observation;
import uz.shaffof.content.Qualifier;

/** The import on real-shaped spreadsheets, into a copy of the real content, checked by the real loader. */
class ImporterTest {
    @TempDir
    Path tmp;
    TestProject project;

    @BeforeEach
    void setUp() throws Exception {
        project = new TestProject(tmp);
    }

    private List<Observation> observations(String id) {
        LoadResult r = TestProject.LOADER.load(project.root, project.content());
        assertFalse(r.hasErrors(), () -> r.problems().toString());
        Indicator ind = r.content().indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        return ind.observations();
    }

    private static Observation find(List<Observation> list, String region, int year) {
        return list.stream().filter(o -> java.util.Objects.equals(o.region(), region) && o.year() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no observation " + region + " " + year + " in " + list));
    }

    @Test
    void windows1251CsvWithSemicolonsTitlesAndUzbekNamesWithoutTheLettersItLacks() throws Exception {
        // Excel's "CSV" in a Russian Windows: 1251, semicolons, decimal commas; ў қ ғ ҳ typed as у к г х.
        String text = "Кенг полосали Интернетдан фойдаланувчилар, нафар;;;\r\n"
                + ";;;\r\n"
                + "№;Худуд;2018;2019\r\n"
                + "1;Андижон вилояти;20 751;21 300\r\n"
                + "2;Фаргона вилояти;\"12 572\";н/д\r\n"
                + "3;Кашкадарё вилояти;–;630 000 дан ортик\r\n"
                + "4;Коракалпогистон Республикаси;;>9000\r\n"
                + "Манба: вилоят статистика бошкармаси;;;\r\n";
        Path csv = project.csv("broadband.csv", text, TextEncoding.WINDOWS_1251, false);
        ImportResult r = project.run(csv, "broadband-users", "andijan-ict-2016", false);

        assertTrue(r.written());
        assertEquals(5, r.merge().added().size());
        List<Observation> obs = observations("broadband-users");
        assertEquals(0, new BigDecimal("21300").compareTo(find(obs, "UZ-AN", 2019).value()));
        assertEquals(new BigDecimal("12572"), find(obs, "UZ-FA", 2018).value());
        Observation qa = find(obs, "UZ-QA", 2019);
        assertEquals(Qualifier.MORE_THAN, qa.qualifier());
        assertEquals(new BigDecimal("630000"), qa.value());
        assertEquals(Qualifier.MORE_THAN, find(obs, "UZ-QR", 2019).qualifier());
        assertEquals("broadband.csv, D6", qa.citation().locator().written());
        assertEquals(6, obs.size(), "the one observation there was, and five new ones: no 0 for н/д, – or empty");
    }

    @Test
    void utf8CsvWithByteOrderMarkCommasAndLatinNamesWithAnyApostrophe() throws Exception {
        String text = "Hudud,2019,2020\n"
                + "Andijon viloyati,85.5,\"86,1\"\n"
                + "Farg'ona viloyati,80,\"81,70\"\n"
                + "Fargʻona,x,x\n".replace("Fargʻona,x,x\n", "")
                + "QORAQALPOG`ISTON RESPUBLIKASI,75,76\n"
                + "Toshkent shahri,99,100\n"
                + "UZ-SA,\"70,5\",\n";
        Path csv = project.csv("tv.csv", text, StandardCharsets.UTF_8, true);
        project.run(csv, "digital-tv-coverage", "andijan-ict-2016", false);

        List<Observation> obs = observations("digital-tv-coverage");
        assertEquals(new BigDecimal("86.1"), find(obs, "UZ-AN", 2020).value());
        assertEquals(new BigDecimal("81.70"), find(obs, "UZ-FA", 2020).value(), "written exactly, trailing zero kept");
        assertEquals(new BigDecimal("75"), find(obs, "UZ-QR", 2019).value());
        assertEquals(new BigDecimal("100"), find(obs, "UZ-TK", 2020).value());
        assertEquals(new BigDecimal("70.5"), find(obs, "UZ-SA", 2019).value());
        assertTrue(project.indicatorText("digital-tv-coverage").contains("\"value\": 81.70,"));
    }

    @Test
    void aSemicolonFileWithMoreDecimalCommasThanSemicolonsIsStillReadBySemicolons() throws Exception {
        String text = "Raqamli televideniye bilan qamrov, foizda, yil oxiriga, hududlar boʻyicha\n"
                + "Hudud;2019;2020\n"
                + "Andijon viloyati;85,7;86,1\n"
                + "Namangan viloyati;80,5;81,25\n";
        project.run(project.csv("tv.csv", text, StandardCharsets.UTF_8, false), "digital-tv-coverage", "andijan-ict-2016", false);
        List<Observation> obs = observations("digital-tv-coverage");
        assertEquals(new BigDecimal("86.1"), find(obs, "UZ-AN", 2020).value());
        assertEquals(new BigDecimal("81.25"), find(obs, "UZ-NG", 2020).value());
    }

    @Test
    void xlsxWithMergedTitleAndYearHeadingsAndNumericCells() throws Exception {
        Path xlsx = project.xlsx("broadband.xlsx", "Sheet1", ws -> {
            ws.value(0, 0, "Кенг полосали Интернетдан фойдаланувчилар (нафар)");
            ws.range(0, 0, 0, 3).merge();
            ws.value(1, 0, "Ҳудуд");
            ws.range(1, 0, 2, 0).merge();   // the region heading spans the two header rows
            ws.value(1, 1, "Йиллар");
            ws.range(1, 1, 1, 3).merge();   // "Years" across the year columns
            ws.value(2, 1, 2018);
            ws.value(2, 2, "2019 йил");
            ws.value(2, 3, 2020.0);
            ws.value(3, 0, "Андижон вилояти");
            ws.value(3, 1, 20751);
            ws.value(3, 2, 21300.0);
            ws.value(3, 3, "22 100");
            ws.value(4, 0, "Samarqand viloyati");
            ws.value(4, 1, 0.1 + 0.2);      // a double as Excel stores it: 0.30000000000000004
            ws.value(4, 2, "-");
            ws.value(4, 3, 1234.5);
        });
        ImportResult r = project.run(xlsx, "broadband-users", "andijan-ict-2016", false);

        assertEquals(5, r.merge().added().size(), "the merged heading cells give no figures; the - no figure");
        List<Observation> obs = observations("broadband-users");
        assertEquals(new BigDecimal("21300"), find(obs, "UZ-AN", 2019).value());
        assertEquals(new BigDecimal("22100"), find(obs, "UZ-AN", 2020).value());
        assertEquals(new BigDecimal("0.3"), find(obs, "UZ-SA", 2018).value(), "rounded to Excel's 15 digits");
        assertEquals(new BigDecimal("1234.5"), find(obs, "UZ-SA", 2020).value());
        assertEquals("broadband.xlsx, Sheet1!D4", find(obs, "UZ-AN", 2020).citation().locator().written());
    }

    @Test
    void percentFormattedCellsOfAPercentIndicatorAreReadAsShown() throws Exception {
        Path xlsx = project.xlsx("tv.xlsx", "TV", ws -> {
            ws.value(0, 0, "Hudud");
            ws.value(0, 1, 2019);
            ws.value(1, 0, "Navoiy viloyati");
            ws.value(1, 1, 0.857);
            ws.style(1, 1).format("0.0%").set();
        });
        project.run(xlsx, "digital-tv-coverage", "andijan-ict-2016", false);
        assertEquals(new BigDecimal("85.7"), find(observations("digital-tv-coverage"), "UZ-NW", 2019).value());
    }

    @Test
    void everyBadCellIsReportedAtItsPositionAndNothingIsWritten() throws Exception {
        byte[] before = Files.readAllBytes(project.indicator("broadband-users"));
        Path xlsx = project.xlsx("bad.xlsx", "Data", ws -> {
            ws.value(0, 0, "Hudud");
            ws.value(0, 1, 2019);
            ws.value(0, 2, 2020);
            ws.value(1, 0, "Andijon viloyati");
            ws.value(1, 1, "12 572 nafar");      // a unit word: not a qualifier
            ws.value(1, 2, "12,572");            // comma: decimal or thousands?
            ws.value(2, 0, "Atlantida");         // no such region
            ws.value(2, 1, 5);
            ws.value(3, 0, "Buxoro viloyati");
            ws.value(3, 1, "ko'p");              // no number at all
            ws.value(3, 2, 700);
            ws.value(4, 0, "Toshkent");          // city or region?
            ws.value(4, 2, 1);
        });
        ImportException e = assertThrows(ImportException.class,
                () -> project.run(xlsx, "broadband-users", "andijan-ict-2016", false));
        List<String> lines = e.problems().stream().map(ImportProblem::toString).toList();
        assertEquals(5, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("bad.xlsx:Data!B2: \"12 572 nafar\""), lines::toString);
        assertTrue(lines.get(1).startsWith("bad.xlsx:Data!C2: \"12,572\" is ambiguous"), lines::toString);
        assertTrue(lines.get(2).startsWith("bad.xlsx:Data!A3: unknown region \"Atlantida\""), lines::toString);
        assertTrue(lines.get(3).startsWith("bad.xlsx:Data!B4: \"ko'p\" is not a number"), lines::toString);
        assertTrue(lines.get(4).startsWith("bad.xlsx:Data!A5: \"Toshkent\" names more than one region"), lines::toString);
        assertArrayEquals(before, Files.readAllBytes(project.indicator("broadband-users")));
    }

    @Test
    void aFormulaWithoutItsResultIsReportedNotTakenForAnEmptyCell() throws Exception {
        Path xlsx = project.xlsx("f.xlsx", "Sheet1", ws -> {
            ws.value(0, 0, "Hudud");
            ws.value(0, 1, 2019);
            ws.value(1, 0, "Andijon viloyati");
            ws.formula(1, 1, "C2*2");           // fastexcel, like some exporters, writes no cached result
        });
        ImportException e = assertThrows(ImportException.class,
                () -> project.run(xlsx, "broadband-users", "andijan-ict-2016", false));
        assertEquals("f.xlsx:Sheet1!B2: a formula without its result (=C2*2): open the file in Excel and save it again",
                e.problems().get(0).toString());
    }

    @Test
    void intoAnIndicatorWithNoObservationsYetOrNoObservationsKey() throws Exception {
        String empty = "{\n  \"id\": \"fresh\",\n  \"title\": \"Yangi\",\n  \"definition\": \"Yangi.\",\n"
                + "  \"methodology\": \"Yangi.\",\n  \"unit\": \"count\",\n  \"better\": \"higher\",\n"
                + "  \"topic\": \"connectivity\",\n  \"observations\": []\n}\n";
        Files.writeString(project.indicator("fresh"), empty, StandardCharsets.UTF_8);
        Files.writeString(project.indicator("bare"), empty.replace("fresh", "bare").replace(",\n  \"observations\": []", ""),
                StandardCharsets.UTF_8);
        Path csv = project.csv("c.csv", "Hudud;2019\nAndijon viloyati;5\nBuxoro viloyati;7\n", StandardCharsets.UTF_8, false);
        project.run(csv, "fresh", "andijan-ict-2016", false);
        project.run(csv, "bare", "andijan-ict-2016", false);
        assertEquals(2, observations("fresh").size());
        assertEquals(2, observations("bare").size());
        String fresh = project.indicatorText("fresh");
        assertTrue(fresh.contains("  \"observations\": [\n    {\n      \"region\": \"UZ-AN\",\n"), fresh);
        assertTrue(fresh.endsWith("    }\n  ]\n}\n"), fresh);
        assertTrue(project.indicatorText("bare").endsWith("    }\n  ]\n}\n"), project.indicatorText("bare"));
    }

    @Test
    void csvProblemsAreReportedAsLineAndField() throws Exception {
        Path csv = project.csv("bad.csv", "Hudud;2019\nAndijon;abc\n", StandardCharsets.UTF_8, false);
        ImportException e = assertThrows(ImportException.class,
                () -> project.run(csv, "broadband-users", "andijan-ict-2016", false));
        assertEquals("bad.csv:2:2: \"abc\" is not a number", e.problems().get(0).toString());
    }

    @Test
    void whatOnlyTheLoaderKnowsIsReportedAtTheCellToo() throws Exception {
        byte[] before = Files.readAllBytes(project.indicator("digital-tv-coverage"));
        // 2031 is after the site's as-of date; 120 % is not a percentage: both found by the content loader.
        Path csv = project.csv("tv.csv", "Hudud;2019;2031\nNamangan viloyati;120;50\n", StandardCharsets.UTF_8, false);
        ImportException e = assertThrows(ImportException.class,
                () -> project.run(csv, "digital-tv-coverage", "andijan-ict-2016", false));
        List<String> lines = e.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("tv.csv:2:2: ") && l.contains("120")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("tv.csv:2:3: ") && l.contains("2031")), lines::toString);
        assertArrayEquals(before, Files.readAllBytes(project.indicator("digital-tv-coverage")));
    }

    @Test
    void aChangedFigureIsReportedAndReplacedOnlyWithUpdate() throws Exception {
        Path csv = project.csv("b.csv", "Hudud;2016;2015\nUZ-AN;20 800;19000\n", StandardCharsets.UTF_8, false);
        byte[] before = Files.readAllBytes(project.indicator("broadband-users"));

        ImportException e = assertThrows(ImportException.class,
                () -> project.run(csv, "broadband-users", "andijan-ict-2016", false));
        assertEquals(List.of("b.csv:2:2: UZ-AN 2016: 20800 here, 20751 in content/indicators/broadband-users.json:10; "
                + "run again with --update to replace it"), e.problems().stream().map(ImportProblem::toString).toList());
        assertArrayEquals(before, Files.readAllBytes(project.indicator("broadband-users")), "nothing written, not even 2015");

        ImportResult r = project.run(csv, "broadband-users", "andijan-ict-2016", true);
        assertTrue(r.updated());
        Observation an = find(observations("broadband-users"), "UZ-AN", 2016);
        assertEquals(new BigDecimal("20800"), an.value());
        assertEquals("b.csv, B2", an.citation().locator().written(), "the new figure cites where it came from");

        byte[] after = Files.readAllBytes(project.indicator("broadband-users"));
        ImportResult again = project.run(csv, "broadband-users", "andijan-ict-2016", true);
        assertFalse(again.written(), "importing the same sheet again changes nothing");
        assertEquals(2, again.merge().unchanged().size());
        assertArrayEquals(after, Files.readAllBytes(project.indicator("broadband-users")));
    }

    @Test
    void anUpdateKeepsTheObservationsNoteAndAddsTheQualifierInItsOwnLayout() throws Exception {
        Path csv = project.csv("tv.csv", "Hudud;2015\nAndijon viloyati;taxminan 81\n", StandardCharsets.UTF_8, false);
        project.run(csv, "digital-tv-coverage", "andijan-ict-2016", true);
        String text = project.indicatorText("digital-tv-coverage");
        assertTrue(text.contains("      \"value\": 81,\n      \"qualifier\": \"about\",\n      \"source\": {\n"
                + "        \"id\": \"andijan-ict-2016\",\n        \"locator\": \"tv.csv, B2\"\n      },\n      \"note\": "), text);
        assertEquals(Qualifier.ABOUT, find(observations("digital-tv-coverage"), "UZ-AN", 2015).qualifier());
    }

    @Test
    void theRestOfTheFileKeepsItsBytes() throws Exception {
        String before = project.indicatorText("internet-users");
        Path csv = project.csv("i.csv", "Hudud;2017\nAndijon;640 000 dan ortiq\n", StandardCharsets.UTF_8, false);
        project.run(csv, "internet-users", "andijan-ict-2016", false);
        String after = project.indicatorText("internet-users");
        int lastObservationEnd = before.lastIndexOf("    }\n  ]") + "    }".length();
        assertEquals(before.substring(0, lastObservationEnd), after.substring(0, lastObservationEnd));
        assertEquals(before.substring(lastObservationEnd), after.substring(after.length() - (before.length() - lastObservationEnd)));
        assertTrue(after.contains(",\n    {\n      \"region\": \"UZ-AN\",\n      \"year\": 2017,\n      \"value\": 640000,\n"
                + "      \"qualifier\": \"more-than\",\n"), after);
    }

    @Test
    void aTableWithoutYearsIsReported() throws Exception {
        Path csv = project.csv("n.csv", "Hudud;Qiymat\nAndijon;5\n", StandardCharsets.UTF_8, false);
        ImportException e = assertThrows(ImportException.class,
                () -> project.run(csv, "broadband-users", "andijan-ict-2016", false));
        assertTrue(e.problems().get(0).toString().startsWith("n.csv: no row of years found"));
    }

    @Test
    void aDerivedIndicatorOrAnUnknownSourceIsAUsageError() throws Exception {
        Path csv = project.csv("b.csv", "Hudud;2019\nAndijon;5\n", StandardCharsets.UTF_8, false);
        ImportException derived = assertThrows(ImportException.class,
                () -> project.run(csv, "ict-attestation-pass-rate", "andijan-ict-2016", false));
        assertTrue(derived.isUsage());
        ImportException source = assertThrows(ImportException.class,
                () -> project.run(csv, "broadband-users", "no-such-source", false));
        assertTrue(source.isUsage());
        assertTrue(source.problems().get(0).message().contains("andijan-ict-2016"), "lists the known sources");
    }
}
