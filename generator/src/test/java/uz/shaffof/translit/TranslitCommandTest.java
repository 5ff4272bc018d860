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
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter usage = new StringWriter();
        CommandLine cmd = new CommandLine(new TranslitCommand(
                new ByteArrayInputStream(stdin), out, err, dir));
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

    private static byte[] bytes(String before, int... invalid) {
        byte[] b = before.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(b, b.length + invalid.length);
        for (int k = 0; k < invalid.length; k++) {
            all[b.length + k] = (byte) invalid[k];
        }
        return all;
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, all, a.length, tail.length);
        return all;
    }

    /** Input that is not UTF-8 is refused with its byte offset: exit 1, that line alone on stderr, nothing on stdout. */
    @Test
    void invalidUtf8IsRefusedWithItsByteOffset() {
        String ascii = "x".repeat(100_000);
        java.util.Map<byte[], String> cases = new java.util.LinkedHashMap<>();
        cases.put(concat(bytes("Тошкент ", 0xC3, 0x28), " шаҳри\n"), "byte offset 15: invalid UTF-8 (0xC3 0x28)");
        cases.put(bytes("abc", 0xE2, 0x82), "byte offset 3: invalid UTF-8 (0xE2 0x82, then the end of the input)");
        cases.put(bytes("abc", 0xC3), "byte offset 3: invalid UTF-8 (0xC3, then the end of the input)");
        cases.put(concat(bytes("a", 0xC0, 0xAF), "b"), "byte offset 1: invalid UTF-8 (0xC0 0xAF)"); // overlong /
        cases.put(concat(bytes("a", 0xE0, 0x80, 0xAF), "b"), "byte offset 1: invalid UTF-8 (0xE0 0x80)"); // overlong /
        cases.put(concat(bytes("a", 0xED, 0xA0, 0x80), "b"), "byte offset 1: invalid UTF-8 (0xED 0xA0 0x80)"); // U+D800
        cases.put(concat(bytes("a", 0xF4, 0x90, 0x80, 0x80), "b"), "byte offset 1: invalid UTF-8 (0xF4 0x90)"); // > U+10FFFF
        cases.put(concat(bytes("a", 0x80), "b"), "byte offset 1: invalid UTF-8 (0x80)");
        cases.put(concat(bytes(ascii, 0xFF), "b"), "byte offset 100000: invalid UTF-8 (0xFF)");
        for (var c : cases.entrySet()) {
            for (String[] args : new String[][] {{"--to", "latn"}, {"--to", "cyrl", "--markdown"}}) {
                Run r = run(c.getKey(), args);
                assertEquals(1, r.exit(), c.getValue());
                assertEquals("<stdin>: " + c.getValue() + "\n", r.err());
                assertEquals("", r.out(), "nothing is written before the whole input is read");
            }
        }
    }

    /** Valid sequences that straddle the reader's buffer are read whole. */
    @Test
    void multiByteCharactersAcrossReadsAreKept() {
        for (int pad = 65_530; pad < 65_540; pad++) {
            String text = "x".repeat(pad) + "😀ўзбек ʻ\n";
            assertEquals(Transliterator.standard().toLatin(text), run(text, "--to", "latn").out());
        }
    }

    /** With no place to cut within the limit, the command says so rather than hold the text whole. */
    @Test
    void aStretchWithNoPlaceToCutIsRefused() {
        Run word = run("ж".repeat(TextStream.LIMIT + 10), "--to", "latn");
        assertEquals(1, word.exit());
        assertEquals("", word.out());
        assertTrue(word.err().startsWith("<stdin>:1:1: error: more than 1048576 characters"), word.err());
        String paragraph = "Тошкент шаҳри\n".repeat(TextStream.LIMIT / 14 + 10);
        Run markdown = run(paragraph, "--to", "latn", "--markdown");
        assertEquals(1, markdown.exit());
        assertTrue(markdown.err().contains("with --markdown: a blank line"), markdown.err());
        Run plain = run(paragraph, "--to", "latn");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals("Toshkent shahri\n".repeat(TextStream.LIMIT / 14 + 10), plain.out());
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
