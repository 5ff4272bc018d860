package uz.shaffof.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

class LocalizerTest {
    private final Transliterator transliterator = Transliterator.standard();
    private final Problems warnings = new Problems();
    private final Localizer localizer = new Localizer(transliterator, Map.of(), Map.of(), warnings);
    private final SourcePos pos = SourcePos.of("content/reports/r.md", 3, 1);

    @Test
    void markdownTextIsConvertedAsANameIsButNotRemembered() {
        List<String> texts = List.of("Toshkent viloyatida maktablar soni oshdi.", "Тошкент вилоятида мактаблар.", "");
        for (String text : texts) {
            for (Edition e : Edition.values()) {
                assertEquals(transliterator.convert(text, e.script()), localizer.plain(text, e, pos));
            }
        }
        // A body's text is shown once: remembering it would hold every report's text to the end of the build.
        assertEquals(0, localizer.remembered());
    }

    @Test
    void namesAreRemembered() {
        String name = localizer.plain("Toshkent", Edition.CYRL);
        assertSame(name, localizer.plain("Toshkent", Edition.CYRL));
        assertEquals(1, localizer.remembered());
    }

    @Test
    void guessesInLatinMarkdownPutIntoCyrillicAreWarnedAtTheBody() {
        String text = "loyiha -{ochiq";
        assertEquals(transliterator.convert(text, Script.CYRILLIC), localizer.plain(text, Edition.CYRL, pos));
        List<Problem> found = warnings.sorted();
        assertEquals(1, found.size());
        assertEquals(pos, found.get(0).pos());
        assertFalse(found.get(0).isError());
    }
}
