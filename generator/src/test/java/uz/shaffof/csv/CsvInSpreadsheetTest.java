package uz.shaffof.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published CSV opened by a real spreadsheet program: LibreOffice Calc, headless, imports it with "evaluate
 * formulas" on (the riskiest setting a reader can choose) and saves it as XLSX; the workbook must hold no formula,
 * every neutralised cell must be text, and a negative number must stay a number. Skipped where {@code soffice} is
 * not installed, except in CI ({@code CI=true}), where that fails.
 */
class CsvInSpreadsheetTest {
    private static final List<String> FORMULAS = List.of("=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=1+1", "\r=1+1",
            "\uFF1D1+1", "\uFF0B1+1", "\uFF0D1+1", "\uFF20SUM(1+1)", "=HYPERLINK(\"http://evil.example\",\"x\")",
            "=cmd|' /C calc'!A0");

    @TempDir
    Path dir;

    private static String soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "soffice"))) return Path.of(d, "soffice").toString();
        }
        return null;
    }

    @Test
    void libreOfficeEvaluatesNoPublishedCellAndKeepsNumbersNumbers() throws Exception {
        String soffice = soffice();
        // In CI a missing spreadsheet program is a broken machine, not a reason to skip (.ci/run installs it).
        if ("true".equals(System.getenv("CI"))) assertTrue(soffice != null, "CI=true and LibreOffice (soffice) is not installed");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        List<List<String>> rows = new ArrayList<>();
        for (String f : FORMULAS) rows.add(List.of(f, "-52.3"));
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, CsvWriter.write(List.of("text", "value"), rows), StandardCharsets.UTF_8);

        // CSV filter options: comma, double quote, UTF-8, from line 1, ..., token 13 = evaluate formulas: true.
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true", "--convert-to", "xlsx",
                "--outdir", dir.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        // A guard against a hung office process, not a measurement.
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice did not finish");
        Path xlsx = dir.resolve("data.xlsx");
        assertTrue(Files.isRegularFile(xlsx), Files.readString(dir.resolve("soffice.log")));

        String sheet;
        String strings;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertFalse(Pattern.compile("<f[ >/]").matcher(sheet).find(), "a formula in the workbook: " + sheet);
        for (int r = 2; r <= FORMULAS.size() + 1; r++) {
            Matcher a = Pattern.compile("<c r=\"A" + r + "\"[^>]*t=\"s\"").matcher(sheet);
            assertTrue(a.find(), "A" + r + " is text");
            Matcher b = Pattern.compile("<c r=\"B" + r + "\"[^>]*t=\"n\"[^>]*><v>([^<]*)</v>").matcher(sheet);
            assertTrue(b.find(), "B" + r + " is a number: " + sheet);
            assertEquals("-52.3", b.group(1));
        }
        assertTrue(strings.contains("&apos;=HYPERLINK(") || strings.contains("'=HYPERLINK("), strings);
    }
}
