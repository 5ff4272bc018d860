package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return cli.execute(args);
    }

    @Test
    void printsPagesWallTimeRssAndEveryStage() throws IOException {
        Path corpus = TinyCorpus.write(tmp.resolve("c"));

        int exit = run("--corpus", corpus.toString(), "--out", tmp.resolve("site").toString(), "--threads", "1");

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(report.contains("pages written: 13 HTML"), report);
        assertTrue(report.contains("pages/s:"), report);
        assertTrue(report.contains("peak RSS:"), report);
        for (Stage s : new Stage[] {Stage.MARKDOWN, Stage.TEMPLATES, Stage.POST_PROCESS, Stage.LINK_CHECK,
                Stage.SEARCH_INDEX, Stage.WRITE}) {
            assertTrue(report.contains(s.label()), s + " missing from " + report);
        }
        assertTrue(Files.exists(tmp.resolve("site/latn/page-00001.html")));
    }

    @Test
    void acceptsTheFolderMakeCorpusWroteAndDeletesItsTemporaryOutput() throws IOException {
        TinyCorpus.write(tmp.resolve("c/neutral"));

        assertEquals(0, run("--corpus", tmp.resolve("c").toString()), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void brokenLinkExitsWithOne() throws IOException {
        Path corpus = TinyCorpus.write(tmp.resolve("c"));
        Path page = corpus.resolve("content/cyrl/page-00001.md");
        Files.writeString(page, Files.readString(page).replace("(page-00002.html)", "(nowhere.html)"));

        assertEquals(1, run("--corpus", corpus.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("cyrl/nowhere.html is not in the site"));
    }

    @Test
    void withoutACaseItIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--corpus"));
    }
}
