package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.csv.CsvRows;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.RealSite;

/**
 * The downloads of the real site as a newsroom opens them: CSV that Excel reads as UTF-8, an XLSX per dataset with
 * the same cells, one zip of the whole catalog, all byte-identical across builds, and no empty dataset offered.
 */
class PublishedDownloadsIT {
    static Map<String, OutputFile> site;
    static Map<String, OutputFile> again;

    @BeforeAll
    static void build() {
        site = RealSite.files();
        again = RealSite.filesOfASecondBuild();
    }

    private static List<String> paths(String regex) {
        return site.keySet().stream().filter(p -> p.matches(regex)).toList();
    }

    /** The datasets' CSV files of these editions (a regex), without the column glossary. */
    private static List<String> datasetCsvs(String editions) {
        return paths(editions + "/data/[^/]+\\.csv").stream().filter(p -> !p.endsWith("/columns.csv")).toList();
    }

    @Test
    void everyPublishedCsvStartsWithTheByteOrderMarkExcelNeedsToReadUtf8() {
        List<String> csvs = paths(".*\\.csv");
        assertTrue(csvs.size() > 10, csvs.toString());
        for (String p : csvs) {
            byte[] b = site.get(p).bytes();
            assertTrue(b.length > 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF, p);
        }
    }

    @Test
    void everyDatasetHasAnXlsxWithABoldFrozenHeaderAndNoFormula() throws Exception {
        List<String> xlsxs = paths("(uz|oz)/data/[^/]+\\.xlsx");
        assertEquals(datasetCsvs("(uz|oz)").size(), xlsxs.size());
        for (String p : xlsxs) {
            Map<String, String> parts = unzip(site.get(p).bytes());
            String sheet = parts.get("xl/worksheets/sheet1.xml");
            assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), p + ": " + sheet);
            assertFalse(Pattern.compile("<f[ >/]").matcher(sheet).find(), p + " has a formula");
            assertTrue(parts.get("xl/styles.xml").contains("<b/>") || parts.get("xl/styles.xml").contains("<b "), p);
        }
    }

    /**
     * LibreOffice, a real spreadsheet program, opens each dataset's CSV (as UTF-8, comma-separated) and its XLSX and
     * reads the same cells: texts in both scripts intact, the BOM not part of the first header, numbers as numbers.
     */
    @Test
    void libreOfficeReadsTheSameCellsFromEachCsvAndXlsx(@TempDir Path dir) throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        List<String> ids = new ArrayList<>();
        for (String p : datasetCsvs("(uz|oz)")) ids.add(p.substring(0, p.length() - 4));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> csvs = new ArrayList<>();
        List<String> xlsxs = new ArrayList<>();
        for (String path : ids) {
            String id = path.replace('/', '-');
            Files.write(in.resolve(id + ".csv"), site.get(path + ".csv").bytes());
            Files.write(in.resolve(id + ".xlsx"), site.get(path + ".xlsx").bytes());
            csvs.add(in.resolve(id + ".csv").toString());
            xlsxs.add(in.resolve(id + ".xlsx").toString());
        }
        // Read back through LibreOffice: CSV import as comma / double quote / UTF-8, exported as tab-separated UTF-8.
        Path fromCsv = convert(soffice, dir, "fromcsv", "CSV:44,34,76,1", csvs);
        Path fromXlsx = convert(soffice, dir, "fromxlsx", null, xlsxs);
        boolean sawCyrillic = false;
        for (String path : ids) {
            String id = path.replace('/', '-');
            List<List<String>> published = CsvRows.read(site.get(path + ".csv").text().substring(1));
            for (Path read : List.of(fromCsv, fromXlsx)) {
                List<List<String>> cellsRead = CsvRows.read(Files.readString(read.resolve(id + ".tsv")), '\t');
                assertEquals(published.size(), cellsRead.size(), id + ": rows read from " + read);
                for (int r = 0; r < published.size(); r++) {
                    List<String> cells = cellsRead.get(r);
                    for (int c = 0; c < published.get(r).size(); c++) {
                        String want = published.get(r).get(c);
                        String got = c < cells.size() ? cells.get(c) : "";
                        if (want.startsWith("'")) want = want.substring(1);
                        String where = id + " " + r + ":" + c + " read from " + read.getFileName();
                        if (r > 0 && !want.isEmpty() && want.matches("-?[0-9]+(\\.[0-9]+)?")) {
                            assertEquals(0, new BigDecimal(want).compareTo(new BigDecimal(got)), where + ": " + got);
                        } else {
                            assertEquals(want, got, where);
                        }
                        sawCyrillic |= want.matches("(?s).*[\\u0400-\\u04FF].*");
                    }
                }
            }
        }
        assertTrue(sawCyrillic, "the real datasets hold Cyrillic text");
    }

    private static Path convert(String soffice, Path dir, String name, String filter, List<String> files)
            throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless"));
        if (filter != null) cmd.add("--infilter=" + filter);
        // Export filter options: tab, double quote, UTF-8, from line 1; cells formatted as shown would round.
        cmd.addAll(List.of("--convert-to", "tsv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,false,false,false",
                "--outdir", out.toString()));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        // A guard against a hung office process, not a measurement.
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice did not finish");
        return out;
    }

    private static String soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "soffice"))) return Path.of(d, "soffice").toString();
        }
        return null;
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void oneZipHoldsTheWholeCatalog() throws Exception {
        OutputFile zip = site.get("data/shaffof-data.zip");
        assertNotNull(zip);
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) entries.put(e.getName(), in.readAllBytes());
        }
        TreeSet<String> expected = new TreeSet<>();
        for (String p : paths("(uz|oz)/data/[^/]+\\.(csv|json|xlsx)")) expected.add(p);
        assertTrue(expected.size() > 6);
        for (String p : expected) assertArrayEquals(site.get(p).bytes(), entries.get(p.replace("/data/", "/")), p);
    }

    @Test
    void downloadsAreByteIdenticalAcrossBuilds() {
        List<String> files = paths("((uz|oz)/)?data/.*\\.(xlsx|zip)");
        assertTrue(files.size() > 2);
        for (String p : files) assertArrayEquals(site.get(p).bytes(), again.get(p).bytes(), p);
    }

    @Test
    void noDatasetWithoutRowsIsOfferedAndTheStatedProjectTotalIsInOneWithItsQualifier() {
        for (String p : datasetCsvs("(uz|oz)")) {
            assertTrue(site.get(p).text().lines().count() > 1, p + " has no rows");
        }
        String totals = site.get("oz/data/project-totals.csv").text();
        assertTrue(totals.matches("(?s).*\ndigital-uzbekistan-2030,projects-and-measures,1600,more_than,1.600-дан ортиқ,.*"),
                totals);
        for (String ed : List.of("uz", "oz")) {
            Document page = Jsoup.parse(site.get(ed + "/projects/digital-uzbekistan-2030/index.html").text());
            List<String> hrefs = new ArrayList<>();
            page.select("a[download]").forEach(a -> hrefs.add(a.attr("href")));
            assertFalse(hrefs.isEmpty(), ed);
            for (String href : hrefs) {
                assertTrue(href.contains("project-totals."), ed + ": " + href);
            }
        }
    }

    /** Each edition's files name the regions beside their codes, in its script. */
    @Test
    void regionNamesStandBesideCodesInTheEditionsScript() {
        String latin = site.get("uz/data/portal.csv").text();
        String cyrillic = site.get("oz/data/portal.csv").text();
        assertTrue(latin.startsWith(uz.shaffof.csv.CsvWriter.BOM + "region,region_name,year,"), latin);
        assertTrue(latin.contains("\nUZ-AN,Andijon viloyati,"), latin);
        assertTrue(cyrillic.contains("\nUZ-AN,Андижон вилояти,"), cyrillic);
    }

    /** Every column header of every published dataset is explained on the data page and in the glossary files. */
    @Test
    void everyColumnIsExplainedInTheEditionsScript() {
        for (String ed : List.of("uz", "oz")) {
            Document page = Jsoup.parse(site.get(ed + "/data/index.html").text());
            Map<String, String> glossary = new TreeMap<>();
            page.select("#columns ~ .table-wrap tbody tr").forEach(tr ->
                    glossary.put(tr.selectFirst("th").text(), tr.selectFirst("td").text()));
            String json = site.get(ed + "/data/columns.json").text();
            for (String p : datasetCsvs(ed)) {
                for (String column : CsvRows.read(site.get(p).text().substring(1)).get(0)) {
                    assertFalse(glossary.getOrDefault(column, "").isBlank(), ed + ": " + column + " of " + p);
                    assertTrue(json.contains("\"name\":\"" + column + "\""), ed + ": " + column + " in columns.json");
                }
            }
            assertEquals(ed.equals("oz"), glossary.get("region_name").matches(".*[\\u0400-\\u04FF].*"), ed);
        }
    }

    /** A figure the source states as "more than 630 000" keeps that qualifier in its chart's CSV and JSON. */
    @Test
    void chartDataCarriesQualifierUnitAndSource() {
        for (String ed : List.of("uz", "oz")) {
            String csv = site.get(ed + "/charts/indicator-internet-users/data.csv").text().substring(1);
            assertTrue(csv.startsWith("category,series,value,qualifier,unit,source\n"), csv);
            List<List<String>> rows = CsvRows.read(csv);
            assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("more_than")), ed + ": " + csv);
            for (List<String> r : rows.subList(1, rows.size())) {
                assertFalse(r.get(4).isEmpty() || r.get(5).isEmpty(), ed + ": unit and source on every row " + r);
            }
            assertTrue(site.get(ed + "/charts/indicator-internet-users/data.json").text().contains("\"more_than\""), ed);
        }
    }
}
