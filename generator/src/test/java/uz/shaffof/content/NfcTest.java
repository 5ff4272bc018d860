package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELIABILITY row 15: decomposed Cyrillic from some keyboards and PDFs comes out composed (NFC). */
class NfcTest {
    static final String DECOMPOSED_U = "у\u0306"; // у + combining breve
    static final String COMPOSED_U = "ў";          // U+045E

    @TempDir
    Path dir;

    @Test
    void decomposedLettersComeOutComposed() {
        assertFalse(Normalizer.isNormalized(DECOMPOSED_U, Normalizer.Form.NFC));
        ContentFixture f = ContentFixture.minimal(dir);
        f.write("content/regions.json", ContentFixture.FILES.get("content/regions.json")
                .replace("Асака тумани", "Б" + DECOMPOSED_U + "з тумани"));
        f.write("content/pages/about.md", ContentFixture.FILES.get("content/pages/about.md")
                .replace("Лойиҳа ҳақида", "Т" + DECOMPOSED_U + "ғри")
                .replace("Матн.", "Кўп" + DECOMPOSED_U + "лик."));
        LoadResult r = f.load();
        assertTrue(r.problems().isEmpty(), ProblemAssertions.dump(r));
        Region an = r.content().regions().get(0);
        assertEquals("Б" + COMPOSED_U + "з тумани", an.districts().get(0).written());
        Document about = r.content().pages().get(0);
        assertEquals("Т" + COMPOSED_U + "ғри", about.title().written());
        String body = about.body().text();
        assertTrue(body.contains("Кўп" + COMPOSED_U + "лик."), body);
        assertTrue(Normalizer.isNormalized(body, Normalizer.Form.NFC));
    }
}
