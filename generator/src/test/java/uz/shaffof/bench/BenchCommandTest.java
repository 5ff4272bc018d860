package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;
import uz.shaffof.Main;

/** {@code shaffof bench} as a user runs it: what it writes, and the mistakes it refuses without touching a file. */
class BenchCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void corpusWritesTheProjectAndSaysWhat() throws IOException {
        Path corpus = TinyCorpus.write(dir.resolve("c"));
        Path project = dir.resolve("p");
        Run r = run("bench", "corpus", "--from", corpus.toString(), "--out-project", project.toString(),
                "--base-project", TestSite.PROJECT.toString(), "--no-build");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 reports"), r.out());
        assertTrue(Files.isRegularFile(project.resolve("content/reports/page-00003.md")));
        assertTrue(Files.isRegularFile(project.resolve("templates/base.ftlh")) || Files.isDirectory(project.resolve("templates")));
    }

    @Test
    void aDirectoryThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        Run r = run("bench", "national", "--reports", "2", "--out-project", project.toString(),
                "--base-project", TestSite.PROJECT.toString(), "--no-build");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("bench: " + project + ": not empty"), r.err());
        assertEquals("mine", Files.readString(project.resolve("notes.txt")));
        assertFalse(Files.exists(project.resolve("content")));
    }

    @Test
    void usageErrorsExitTwoWithoutAStackTrace() {
        Run noCorpus = run("bench", "corpus", "--from", dir.resolve("nowhere").toString(), "--out-project",
                dir.resolve("p").toString(), "--no-build");
        assertEquals(2, noCorpus.code());
        assertTrue(noCorpus.err().contains("not a corpus written by make-corpus.sh"), noCorpus.err());
        Run noBuildNowhere = run("bench", "national", "--no-build");
        assertEquals(2, noBuildNowhere.code());
        assertTrue(noBuildNowhere.err().contains("--no-build needs --out-project"), noBuildNowhere.err());
        Run noBase = run("bench", "national", "--out-project", dir.resolve("q").toString(), "--base-project",
                dir.toString(), "--no-build");
        assertEquals(2, noBase.code());
        assertTrue(noBase.err().contains("content: not found"), noBase.err());
        for (Run r : new Run[] {noCorpus, noBuildNowhere, noBase}) assertFalse(r.err().contains("\tat "), r.err());
    }
}
