package uz.shaffof.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.Main;

/** {@code shaffof import} as an editor runs it: what it prints and its exit status. */
class ImportCommandTest {
    @TempDir
    Path tmp;
    TestProject project;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "import";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--root=" + project.root;
        int code = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void setUp() throws Exception {
        project = new TestProject(tmp);
    }

    @Test
    void aGoodSheetIsWrittenAndSummed() throws Exception {
        Path csv = project.csv("b.csv", "Hudud;2016;2017\nAndijon viloyati;20751;21 000\n", StandardCharsets.UTF_8, true);
        Run r = run(csv.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016");
        assertEquals(0, r.code(), r.err());
        assertEquals("b.csv: 2 figure(s) for broadband-users: 1 added, 1 unchanged\n"
                + "Wrote content/indicators/broadband-users.json; run `shaffof check` or `shaffof serve` to see it\n", r.out());
    }

    @Test
    void problemsExitOneAndSayNothingWasWritten() throws Exception {
        byte[] before = Files.readAllBytes(project.indicator("broadband-users"));
        Path csv = project.csv("b.csv", "Hudud;2016;2017\nAndijon viloyati;20800;21 000\n", StandardCharsets.UTF_8, false);
        Run r = run(csv.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016");
        assertEquals(1, r.code());
        assertEquals("b.csv:2:2: UZ-AN 2016: 20800 here, 20751 in content/indicators/broadband-users.json:10; run again "
                + "with --update to replace it\nimport failed: 1 problem(s); nothing was written\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(project.indicator("broadband-users")));

        Run updated = run(csv.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016", "--update");
        assertEquals(0, updated.code(), updated.err());
        assertTrue(updated.out().startsWith("b.csv:2:2: replaced UZ-AN 2016: 20751 -> 20800\n"
                + "b.csv: 2 figure(s) for broadband-users: 1 added, 1 replaced, 0 unchanged\n"), updated.out());
    }

    @Test
    void theEncodingOptionWinsOverDetection() throws Exception {
        Path csv = project.csv("b.csv", "Ҳудуд;2017\nАндижон вилояти;21 000\n", StandardCharsets.UTF_8, false);
        Run r = run(csv.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016", "--encoding", "windows-1251");
        assertEquals(1, r.code(), "UTF-8 bytes read as 1251 are not region names");
        assertTrue(r.err().startsWith("b.csv:1:1: no column of region names"), r.err());
        assertEquals(0, run(csv.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016", "--encoding", "utf-8").code());
    }

    @Test
    void unknownNamesOnTheCommandLineAreUsageErrors() throws Exception {
        Path csv = project.csv("b.csv", "Hudud;2017\nAndijon;1\n", StandardCharsets.UTF_8, false);
        Run indicator = run(csv.toString(), "--indicator", "no-such", "--source", "andijan-ict-2016");
        assertEquals(2, indicator.code());
        assertEquals("--indicator: no indicator \"no-such\" in content/indicators/; start one with: shaffof new indicator no-such\n",
                indicator.err());
        assertEquals(2, run(csv.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016", "--encoding", "klingon").code());
        assertEquals(2, run(tmp.resolve("missing.csv").toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016").code());
        Path xls = Files.write(project.root.resolve("old.xls"), new byte[] {1, 2, 3});
        Run old = run(xls.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016");
        assertEquals(2, old.code());
        assertTrue(old.err().contains("save it as .xlsx"), old.err());
    }

    @Test
    void aDamagedWorkbookIsOneLineNotAStackTrace() throws Exception {
        byte[] zipHeaderThenJunk = {0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9};
        Path xlsx = Files.write(project.root.resolve("broken.xlsx"), zipHeaderThenJunk);
        Run r = run(xlsx.toString(), "--indicator", "broadband-users", "--source", "andijan-ict-2016");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("broken.xlsx: not readable as an .xlsx workbook"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
    }
}
