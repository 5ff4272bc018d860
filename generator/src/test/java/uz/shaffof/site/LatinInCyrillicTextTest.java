package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;

/**
 * A name a Cyrillic text keeps in Latin letters comes out as written in the Cyrillic edition, also where Markdown
 * makes it a node of its own (a link's text, emphasis): the About page's "CC BY 4.0" licence link read "CC БЙ 4.0".
 * The Latin edition has it as written too, and the Cyrillic words around it are converted as always.
 */
class LatinInCyrillicTextTest {
    @TempDir
    Path dir;

    private static final String ABOUT = """
            ---
            title: "Лойиҳа ҳақида"
            summary: "Қисқача."
            order: 1
            ---

            Матнлар [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) лицензияси асосида, **iPhone** ва
            *Telegram* орқали.
            """;

    @Test
    void aLatinNameInACyrillicTextIsKeptInBothEditions() {
        TestSite.Built built = TestSite.fixture("minimal").with("content/pages/about.md", ABOUT).build(dir);
        assertTrue(built.ok(), built.messages());
        String oz = built.text("oz/about/index.html");
        String uz = built.text("uz/about/index.html");
        for (String name : new String[] {">CC BY 4.0</a>", "<strong>iPhone</strong>", "<em>Telegram</em>"}) {
            assertTrue(oz.contains(name), "the Cyrillic edition keeps " + name);
            assertTrue(uz.contains(name), "the Latin edition keeps " + name);
        }
        assertFalse(oz.contains("БЙ"), "no half-converted licence name in the Cyrillic edition");
        assertTrue(oz.contains("лицензияси асосида"), "the Cyrillic text is as written");
        assertTrue(uz.contains("litsenziyasi asosida"), "the Latin edition converts the Cyrillic words");
    }
}
