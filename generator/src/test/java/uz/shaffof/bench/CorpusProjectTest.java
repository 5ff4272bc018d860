package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus document's front matter is read as content loading reads a report's, so YAML that a hand-written reader
 * would take apart wrongly (Windows line endings, a byte-order mark, {@code ---} inside a value, single quotes, a
 * comment after a value, a closing line with trailing spaces) converts to the same report as plain YAML does.
 */
class CorpusProjectTest {
    @TempDir
    Path dir;

    /** Document 2 of {@link TinyCorpus}, in Cyrillic, written as an editor on Windows might. */
    private static final String TRICKY = "\uFEFF---\r\n"
            + "title: 'Бухоро --- ''йиллик'' ҳисобот'\r\n"
            + "date: 2019-02-01   # the corpus's date\r\n"
            + "region: \"Бухоро\"\r\n"
            + "tags:\r\n"
            + "  - \"ахборот\"\r\n"
            + "---  \r\n"
            + "\r\n"
            + "Биринчи *хатбоши* жумла. Иккинчи жумла, [кейинги саҳифа](page-00003.html).\r\n"
            + "\r\n"
            + "[Lotin yozuvida](../latn/page-00002.html)\r\n";

    @Test
    void trickyFrontMatterConvertsAsContentLoadingReadsIt() throws IOException {
        Path corpus = TinyCorpus.write(dir.resolve("corpus"));
        Files.write(corpus.resolve("neutral/content/cyrl/page-00002.md"), TRICKY.getBytes(StandardCharsets.UTF_8));
        ProjectWriter files = ProjectWriter.createIn(dir.resolve("project"));
        CorpusProject.write(corpus, CorpusProjectIT.REAL, files);

        String report = Files.readString(files.root().resolve("content/reports/page-00002.md"), StandardCharsets.UTF_8);
        assertEquals("""
                ---
                title: "Бухоро --- 'йиллик' ҳисобот"
                summary: "Биринчи хатбоши жумла."
                date: "2019-02-01"
                region: "UZ-BU"
                source: "page-00002"
                order: 102
                ---

                Биринчи *хатбоши* жумла. Иккинчи жумла, [кейинги саҳифа](../page-00003/).

                [Lotin yozuvida](../../../uz/reports/page-00002/)
                """, report);
        assertFalse(report.contains("\r"));
    }

    @Test
    void aDocumentContentLoadingRefusesIsRefusedAtItsLine() throws IOException {
        Path corpus = TinyCorpus.write(dir.resolve("corpus"));
        Path bad = corpus.resolve("neutral/content/cyrl/page-00002.md");
        Files.writeString(bad, "---\ntitle: \"open\ndate: 2019-02-01\n---\n\nМатн.\n", StandardCharsets.UTF_8);
        ProjectWriter files = ProjectWriter.createIn(dir.resolve("project"));
        BenchException e = assertThrows(BenchException.class, () -> CorpusProject.write(corpus, CorpusProjectIT.REAL, files));
        assertTrue(e.getMessage().startsWith(bad + ":"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*page-00002\\.md:\\d+:\\d+: front matter: .*"), e.getMessage());
    }
}
