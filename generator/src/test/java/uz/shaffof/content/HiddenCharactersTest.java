package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uz.shaffof.problem.Problem;
import uz.shaffof.render.MarkdownRenderer;

/**
 * Bidirectional controls and invisible format characters are refused wherever text can come from, however they
 * are written: raw, as an HTML character reference in Markdown, as a JSON escape, as a YAML escape in front matter,
 * or in the glossary; the problem points at the character or at the escape or reference that writes it.
 */
class HiddenCharactersTest {
    static final String REPORT = "content/reports/report.md";
    static final String BODY_LINE = "Матн: 8,19 фоизга ўсиш.";

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(s -> s);

    @TempDir
    Path dir;

    /** The report with {@code text} for its body's line 16; "ўсиш" stays in the body, as its correction needs. */
    private LoadResult withReportBody(String text) {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write(REPORT, ContentFixture.FILES.get(REPORT).replace(BODY_LINE, text.replaceFirst("\n|$", " ўсиш$0")));
        return f.load();
    }

    private static List<String> errors(LoadResult r) {
        return r.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    /** The column (from 1, in characters) at which {@code needle} starts in {@code line}. */
    private static int col(String line, String needle) {
        return line.codePointCount(0, line.indexOf(needle)) + 1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"&#x202E;", "&#X202e;", "&#8238;", "&#0008238;", "&#x2066;", "&#x200F;", "&#x61C;",
            "&lrm;", "&rlm;", "&#x200B;", "&ZeroWidthSpace;", "&shy;", "&NoBreak;", "&#xFEFF;", "&#7;", "&#0;",
            "&#xD800;", "&#x110000;"})
    void aCharacterReferenceInMarkdownIsRefusedWhereItIsWritten(String reference) {
        String line = "Матн " + reference + "кўрсатилган.";
        LoadResult r = withReportBody(line);
        List<String> errors = errors(r);
        assertEquals(1, errors.size(), errors.toString());
        String expectedStart = REPORT + ":16:" + col(line, "&") + ": the character reference " + reference
                + " stands for U+";
        assertEquals(expectedStart, errors.get(0).substring(0, Math.min(errors.get(0).length(), expectedStart.length())),
                errors.toString());
    }

    @Test
    void referencesInAHeadingALinkTitleAndATableAreRefusedToo() {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write(REPORT, ContentFixture.FILES.get(REPORT)
                .replace("# Сарлавҳа", "# Сарлавҳа &#x202E;")
                .replace(BODY_LINE, "[ҳавола](https://x.example \"t&#x202E;\") ўсиш\n\n| a | b |\n| - | - |\n| &#x202E; | 1 |"));
        List<String> errors = errors(f.load());
        assertEquals(List.of(14, 16, 20), errors.stream().map(e -> Integer.parseInt(e.split(":")[1])).toList(),
                errors.toString());
    }

    @Test
    void aReferenceThatMarkdownShowsAsWrittenIsNotRefused() {
        String body = "Код: `&#x202E;`, \\&#x202E;, &amp;#x202E; ва <span title=\"&#x202E;\">x</span>.\n\n"
                + "```\n&#x202E;\n```\n\n    &#x202E;\n";
        LoadResult r = withReportBody(body);
        assertEquals(List.of(), errors(r));
        assertNotNull(r.content());
        // Accepted because the site shows these as written: the rendered page holds no override.
        assertFalse(RENDERER.render(body, s -> s).html().contains("\u202E"), RENDERER.render(body, s -> s).html());
        assertTrue(RENDERER.render("a &#x202E; b", s -> s).html().contains("\u202E"), "what the refusal prevents");
    }

    @Test
    void aRawInvisibleFormatCharacterInMarkdownIsRefused() {
        String line = "Тош\u00ADкент ва Тош\u200Bкент";
        List<String> errors = errors(withReportBody(line));
        assertEquals(List.of(REPORT + ":16:4: text contains U+00AD SOFT HYPHEN, an invisible formatting character; remove it",
                REPORT + ":16:" + col(line, "\u200B") + ": text contains U+200B ZERO WIDTH SPACE, an invisible formatting "
                        + "character; remove it"), errors);
    }

    @Test
    void aJsonEscapeIsReportedAtTheEscape() {
        ContentFixture f = ContentFixture.minimal(dir);
        String units = "{\"km\": \"км\", \"percent\": \"%\",\n \"person\": \"на\\u202eфар\"}\n";
        f.write("content/i18n/units.json", units);
        List<String> errors = errors(f.load());
        String line2 = units.lines().toList().get(1);
        assertEquals(List.of("content/i18n/units.json:2:" + col(line2, "\\u202e") + ": text contains U+202E "
                + "RIGHT-TO-LEFT OVERRIDE, which can make text display differently from what it says; remove it"), errors);
    }

    @Test
    void anInvisibleJsonEscapeIsRefused() {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write("content/i18n/units.json", "{\"km\": \"к\\u200Bм\", \"percent\": \"%\", \"person\": \"нафар\"}\n");
        List<String> errors = errors(f.load());
        assertEquals(List.of("content/i18n/units.json:1:10: text contains U+200B ZERO WIDTH SPACE, an invisible "
                + "formatting character; remove it"), errors);
    }

    @Test
    void aYamlEscapeInFrontMatterIsReportedAtTheEscape() {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write(REPORT, ContentFixture.FILES.get(REPORT).replace("title: \"Ҳисобот\"", "title: \"Ҳисобот \\u202E тескари\""));
        List<String> errors = errors(f.load());
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(REPORT + ":2:" + col("title: \"Ҳисобот \\u202E тескари\"", "\\u202E") + ": text contains U+202E",
                errors.get(0).substring(0, errors.get(0).indexOf(" RIGHT")), errors.toString());
    }

    @Test
    void aYamlEightDigitEscapeForAnInvisibleTagIsRefused() {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write(REPORT, ContentFixture.FILES.get(REPORT).replace("summary: \"Қисқача.\"", "summary: \"Қ\\U000E0041\""));
        List<String> errors = errors(f.load());
        assertEquals(List.of(REPORT + ":3:12: text contains U+E0041 TAG LATIN CAPITAL LETTER A, an invisible formatting "
                + "character; remove it"), errors);
    }

    @Test
    void aBidiControlInTheGlossaryIsRefusedAtItsColumn() {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write("content/translit/glossary.tsv", "# глоссарий\nToshkent\u202E\tТошкент\tword\n");
        List<String> errors = errors(f.load());
        assertEquals(List.of("content/translit/glossary.tsv:2:9: text contains U+202E RIGHT-TO-LEFT OVERRIDE, which can "
                + "make text display differently from what it says; remove it"), errors);
    }
}
