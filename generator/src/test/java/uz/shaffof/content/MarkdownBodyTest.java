package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.BuildFailure;

/** A document keeps where its body is, not its text: the text is read again, and only as it was checked. */
class MarkdownBodyTest {
    private static final String REPORT = "content/reports/report.md";

    @TempDir
    Path dir;

    @Test
    void theBodyIsTheFilesTextAfterItsFrontMatterInNfc() {
        ContentFixture f = ContentFixture.minimal(dir);
        // ў written as у and a combining breve: the body is given in NFC, as loading checked it
        f.write(REPORT, ContentFixture.FILES.get(REPORT).replace("Матн: 8,19 фоизга ўсиш.", "Матн: у\u0306сиш."));
        MarkdownBody body = f.load().content().reports().get(0).body();
        assertEquals(REPORT, body.path());
        assertEquals("\n# Сарлавҳа\n\nМатн: ўсиш.\n", body.text());
        assertEquals(body.text(), body.textIfUnchanged());
    }

    @Test
    void aBodyEditedAfterLoadingIsNeverShownUnchecked() {
        ContentFixture f = ContentFixture.minimal(dir);
        Document report = f.load().content().reports().get(0);
        // Read again from the file: so the loaded content does not hold it, and an edit since loading shows.
        f.write(REPORT, ContentFixture.FILES.get(REPORT) + "\n[unchecked](javascript:alert(1))\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> report.body().text());
        assertEquals(1, failure.problems().size());
        assertEquals(REPORT, failure.problems().get(0).pos().path());
        assertEquals("this file changed while the site was being built, after its content was checked: build again",
                failure.problems().get(0).message());
        assertNull(report.body().textIfUnchanged());
    }

    @Test
    void aBodyRemovedAfterLoadingStopsTheBuildAtItsPath() {
        ContentFixture f = ContentFixture.minimal(dir);
        Document report = f.load().content().reports().get(0);
        f.delete(REPORT);
        BuildFailure failure = assertThrows(BuildFailure.class, () -> report.body().text());
        assertTrue(failure.problems().get(0).pos().toString().startsWith(REPORT), failure.problems().toString());
        assertNull(report.body().textIfUnchanged());
    }

    @Test
    void theSameBytesWrittenAgainAreTheSameBody() {
        ContentFixture f = ContentFixture.minimal(dir);
        Document report = f.load().content().reports().get(0);
        f.writeBytes(REPORT, ContentFixture.FILES.get(REPORT).getBytes(StandardCharsets.UTF_8));
        assertTrue(report.body().text().contains("Матн: 8,19 фоизга ўсиш."));
    }
}
