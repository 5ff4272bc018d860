package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs that are generated here rather than stored in the corpus: byte-level damage that git or an editor
 * could "repair" (invalid UTF-8, byte-order marks, CR line endings, 0-byte files), inputs too big to commit
 * (a 50 MB string), and names some checkouts cannot hold (CON, case collisions, symbolic links, non-NFC names).
 */
class GeneratedBadContentTest {
    static final String SOURCES = "content/sources.json";
    static final String REPORT = "content/reports/report.md";
    static final String USERS = "content/indicators/users.json";

    @TempDir
    Path dir;

    private void check(Consumer<ContentFixture> damage, String path, int line, String message) {
        ContentFixture f = ContentFixture.minimal(dir);
        damage.accept(f);
        LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(2), f::load, "load took longer than 2 s");
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, path, line, message);
    }

    private static byte[] concat(String before, int[] bad, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + bad.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        for (int i = 0; i < bad.length; i++) out[a.length + i] = (byte) bad[i];
        System.arraycopy(c, 0, out, a.length + bad.length, c.length);
        return out;
    }

    private static byte[] withBom(String text, int... bom) {
        return concat("", bom, text);
    }

    @Test
    void invalidUtf8InJsonIsReportedAtTheBadByte() {
        String before = "{\n  \"sources\": [\n    {\"id\": \"src-a\", \"title\": \"Синов";
        String after = "\", \"publisher\": null, \"year\": 2017, \"url\": null}\n  ]\n}\n";
        ContentFixture f = ContentFixture.minimal(dir);
        f.writeBytes(SOURCES, concat(before, new int[] {0xC3, 0x28}, after));
        LoadResult r = f.load();
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, SOURCES, 3, "invalid UTF-8 \\(byte 0xC3");
        // 30 ASCII characters and "Синов" come first: column 36 counts characters, as editors do (bytes would say 41).
        assertEquals(36, r.problems().get(0).pos().column());
    }

    @Test
    void invalidUtf8InMarkdownIsReported() {
        String text = ContentFixture.FILES.get(REPORT);
        check(f -> f.writeBytes(REPORT, concat(text, new int[] {0xFF}, "\n")), REPORT, 17, "invalid UTF-8");
    }

    @Test
    void byteOrderMarkInJsonIsRejected() {
        check(f -> f.writeBytes(SOURCES, withBom(ContentFixture.FILES.get(SOURCES), 0xEF, 0xBB, 0xBF)), SOURCES, 1,
                "byte-order mark .*UTF-8 without BOM");
    }

    @Test
    void byteOrderMarkInMarkdownIsRejected() {
        check(f -> f.writeBytes(REPORT, withBom(ContentFixture.FILES.get(REPORT), 0xEF, 0xBB, 0xBF)), REPORT, 1,
                "byte-order mark");
    }

    @Test
    void utf16IsRejected() {
        byte[] utf16 = ContentFixture.FILES.get(SOURCES).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        check(f -> f.writeBytes(SOURCES, withBom), SOURCES, 1, "UTF-16");
    }

    @Test
    void bareCrLineEndingsInJsonAreRejected() {
        check(f -> f.write(SOURCES, ContentFixture.FILES.get(SOURCES).replace('\n', '\r')), SOURCES, 1, "bare CR");
    }

    @Test
    void bareCrLineEndingsInMarkdownAreRejected() {
        check(f -> f.write(REPORT, ContentFixture.FILES.get(REPORT).replace('\n', '\r')), REPORT, 1, "bare CR");
    }

    @Test
    void zeroByteJsonIsEmpty() {
        check(f -> f.writeBytes(SOURCES, new byte[0]), SOURCES, 1, "file is empty \\(0 bytes\\); expected a JSON object");
    }

    @Test
    void zeroByteMarkdownIsEmpty() {
        check(f -> f.writeBytes(REPORT, new byte[0]), REPORT, 1, "file is empty \\(0 bytes\\)");
    }

    @Test
    void fiftyMegabyteStringIsRefusedBeforeParsing() throws IOException {
        ContentFixture f = ContentFixture.minimal(dir);
        try (OutputStream out = Files.newOutputStream(f.path(USERS))) {
            out.write("{\"id\": \"users\", \"title\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "ааааааааааааааааааааааааааааааааааааааааааааааааа".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) out.write(chunk);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(2), f::load);
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, USERS, 1, "bytes; the limit for json content files is");
    }

    @Test
    void stringOverOneMillionCharactersIsReportedWhereItEnds() {
        String big = "x".repeat(1_000_001);
        check(f -> f.write(USERS, "{\n  \"id\": \"users\",\n  \"title\": \"" + big + "\"\n}\n"), USERS, 3,
                "string is longer than the limit of 1000000 characters");
    }

    @Test
    void thousandLevelsOfNestingAreRefused() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        check(f -> f.write(USERS, "{\n  \"id\": \"users\",\n  \"title\": " + deep + "\n}\n"), USERS, 3,
                "nested more than 64 levels deep");
    }

    @Test
    void thousandDigitNumberIsRefused() {
        String number = "9".repeat(1000);
        check(f -> f.write(USERS, "{\n  \"id\": \"users\",\n  \"value\": " + number + "\n}\n"), USERS, 3,
                "number has more than 100 digits");
    }

    @Test
    void symbolicLinkToAFileIsRefused() {
        check(f -> {
            try {
                Path outside = dir.resolve("outside.json");
                Files.writeString(outside, "{}");
                Files.createSymbolicLink(f.path("content/indicators/linked.json"), outside);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "content/indicators/linked.json", 1, "symbolic link");
    }

    @Test
    void symbolicLinkToAFolderIsRefused() {
        check(f -> {
            try {
                Path outside = Files.createDirectories(dir.resolve("elsewhere"));
                Files.writeString(outside.resolve("x.md"), "---\ntitle: x\n---\n");
                Files.createSymbolicLink(f.path("content/charts/more"), outside);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "content/charts/more", 1, "symbolic link");
    }

    @Test
    void contentThatIsItselfALinkIsRefused() {
        check(f -> {
            try {
                // Inside the temporary folder, so that JUnit deletes it with the rest; beside content/, not in it.
                Path real = dir.resolve("real-content");
                Files.move(f.path("content"), real);
                Files.createSymbolicLink(f.path("content"), real);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "content", 1, "symbolic links are not followed");
    }

    @Test
    void aNamedPipeInContentIsRefusedWithoutBeingOpened() {
        check(f -> {
            try {
                uz.shaffof.project.ProjectFilesTestSupport.mkfifo(f.path("content/indicators/pipe.json"));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "content/indicators/pipe.json", 1, "not a regular file or folder");
    }

    @Test
    void windowsReservedNameIsRefused() {
        check(f -> f.write("content/charts/con.json", "{}"), "content/charts/con.json", 1, "reserved on Windows");
        check(f -> f.write("content/charts/CON.json", "{}"), "content/charts/CON.json", 1, "lower-case");
    }

    @Test
    void namesDifferingOnlyByCaseAreRefused() {
        check(f -> {
            f.write("content/charts/a.json", "{}");
            f.write("content/charts/A.json", "{}");
        }, "content/charts/a.json", 1, "differs from \"A.json\" only by letter case");
    }

    @Test
    void nonNfcFileNameIsRefused() {
        check(f -> f.write("content/charts/у\u0306.json", "{}"), "content/charts/у\u0306.json", 1, "NFC");
    }

    @Test
    void fullwidthDotsInANameAreRefused() {
        check(f -> f.write("content/charts/\uFF0E\uFF0Eusers.json", "{}"), "content/charts/\uFF0E\uFF0Eusers.json", 1,
                "compatibility characters");
    }

    @Test
    void nameWithASpaceIsRefused() {
        // A path with a space could not be printed in the path:line:col format, so the folder is named instead.
        check(f -> f.write("content/charts/my chart.json", "{}"), "content/charts", 1, "\"my chart.json\" must be a lower-case");
    }

    @Test
    void hiddenFileIsRefused() {
        check(f -> f.write("content/charts/.gitkeep", ""), "content/charts/.gitkeep", 1, "hidden file");
    }

    @Test
    void missingContentFolderIsReported() {
        ContentFixture f = ContentFixture.minimal(dir);
        LoadResult r = ContentFixture.LOADER.load(dir, dir.resolve("content-missing"));
        ProblemAssertions.assertError(r, "content-missing", 1, "content folder not found");
        assertNull(r.content());
        assertNotNull(f.root());
    }
}
