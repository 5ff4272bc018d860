package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uz.shaffof.cli.TranslitCommand;

/** The `translit` command through picocli, with its streams redirected. */
class TranslitCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter usage = new StringWriter();
        CommandLine cmd = new CommandLine(new TranslitCommand(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, dir));
        cmd.setErr(new PrintWriter(usage));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + usage);
    }

    @Test
    void convertsStdinToStdout() {
        Run r = run("Ўзбекистон Республикаси, ШАҲАР\n", "--to", "latn");
        assertEquals(0, r.exit());
        assertEquals("Oʻzbekiston Respublikasi, SHAHAR\n", r.out());
        assertEquals("", r.err());
        assertEquals("кетса, цирк, октябрда", run("ketsa, sirk, oktabrda", "--to", "cyrl").out());
    }

    @Test
    void apostropheQuotes() {
        assertEquals("O‘zbekiston, ma’no", run("Ўзбекистон, маъно", "--to", "latn", "--apostrophe", "quotes").out());
        assertEquals("Oʻzbekiston", run("Ўзбекистон", "--to", "latn", "--apostrophe", "unicode").out());
    }

    @Test
    void markdownKeepsCodeLinksAndTags() {
        String md = """
                ---
                title: Тошкент шаҳри
                order: 30
                ---
                # Ҳисобот

                Матн `код ичида` ва [ҳавола](https://my.gov.uz/Тошкент "Тошкент") <b class="катта">қалин</b> &nbsp;
                <https://lex.uz/Тошкент> ва [белги][тошкент].

                ```
                код блоки
                ```

                    тўртта бўшлиқ

                [тошкент]: https://tashkent.uz/Тошкент
                """;
        String expected = """
                ---
                title: Toshkent shahri
                order: 30
                ---
                # Hisobot

                Matn `код ичида` va [havola](https://my.gov.uz/Тошкент "Тошкент") <b class="катта">qalin</b> &nbsp;
                <https://lex.uz/Тошкент> va [belgi][тошкент].

                ```
                код блоки
                ```

                    тўртта бўшлиқ

                [тошкент]: https://tashkent.uz/Тошкент
                """;
        Run r = run(md, "--to", "latn", "--markdown");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected, r.out());
    }

    @Test
    void withoutMarkdownCodeIsText() {
        assertEquals("`kod`", run("`код`", "--to", "latn").out());
    }

    @Test
    void warningsGoToStderrWithLineAndColumn() {
        Run r = run("Salom!\nBu desert va\nyaratsa.", "--to", "cyrl");
        assertEquals(0, r.exit());
        assertEquals("Салом!\nБу десерт ва\nяратса.", r.out());
        String[] lines = r.err().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].startsWith("<stdin>:2:4: warning: desert: loanword shape -sert"), lines[0]);
        assertTrue(lines[1].startsWith("<stdin>:3:1: warning: yaratsa: ts guessed"), lines[1]);
    }

    @Test
    void badOptionsExitWithTwo() {
        assertEquals(2, run("x", "--to", "greek").exit());
        assertEquals(2, run("x").exit(), "--to is required");
        assertEquals(2, run("x", "--to", "latn", "--apostrophe", "fancy").exit());
        assertEquals(2, run("x", "--to", "latn", "--frobnicate").exit());
        assertTrue(run("x", "--to", "greek").err().contains("expected latn or cyrl"));
    }

    @Test
    void glossaryOptionAndDefaultLocation() throws IOException {
        Files.writeString(dir.resolve("g.tsv"), "sirk\tсирк\tstem\n");
        assertEquals("сирк", run("sirk", "--to", "cyrl", "--glossary", "g.tsv").out());
        assertEquals("цирк", run("sirk", "--to", "cyrl").out(), "no default glossary in the working directory");
        Files.createDirectories(dir.resolve("content/translit"));
        Files.writeString(dir.resolve("content/translit/glossary.tsv"), "Payariq\tПайариқ\tstem\n");
        assertEquals("Пайариқ", run("Payariq", "--to", "cyrl").out());
    }

    @Test
    void brokenGlossaryExitsWithOneAndAPosition() throws IOException {
        Files.writeString(dir.resolve("bad.tsv"), "# c\nNukus\tНукус\tperhaps\n");
        Run r = run("Nukus", "--to", "cyrl", "--glossary", "bad.tsv");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad.tsv:2:13: error: scope must be word or stem"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void helpExitsWithZero() {
        Run r = new Run(new CommandLine(new TranslitCommand()).setOut(new PrintWriter(new StringWriter())).execute("--help"), "", "");
        assertEquals(0, r.exit());
    }
}
