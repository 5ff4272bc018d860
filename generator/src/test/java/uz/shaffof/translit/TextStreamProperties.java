package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A text converted in pieces ({@link TextStream}) comes out exactly as the text converted whole, warnings and their
 * places included, however small the pieces: generated text is made of the things whose conversion depends on
 * context (glossary phrases across spaces and lines, markers, initials, all-caps words, URLs, sentence ends,
 * combining marks, surrogate pairs, text mostly in one script with words of the other, Markdown code, links, HTML
 * comments, front matter and blank lines).
 */
class TextStreamProperties {
    private static final Transliterator PROJECT = ProjectGlossary.transliterator();
    private static final Transliterator QUOTES = Transliterator.builder().glossary(ProjectGlossary.load())
            .apostrophes(ApostropheStyle.QUOTES).build();

    private static final List<String> WORDS = List.of(
            "Тошкент", "шаҳри", "ТОШКЕНТ", "ШАҲАР", "Ш", "АҚШ", "ўзбек", "съезд", "мактаб", "Ёшлар", "юз", "Ўзбекистон",
            "Toshkent", "shahri", "OʻZBEKISTON", "oʻzbek", "ketsa", "sirk", "oktabrda", "kompyuter", "maʼno", "SHAHAR",
            "Andijon viloyati", "Андижон вилояти", "Andijon\nviloyati", "Андижон  вилояти", "Andijon viloyatining",
            "Qoraqalpogʻiston Respublikasi", "Қорақалпоғистон\n\nРеспубликаси", "Buxoro", "Xorazm viloyati",
            "I. Karimov", "I.  Karimov", "I.\nKarimov", "XXI asr", "I chorak", "V.", "MP3", "5G", "DVBT-2",
            "https://my.gov.uz/uz/Тошкент", "my.gov.uz", "info@gov.uz", "www.lex.uz/x", "ASKDOCTOR", "Дневник.ru",
            "-{Тошкент}-", "-{uz-latn:Toshkent;uz-cyrl:Тошкент}-", "-{", "}-", "-{ochiq", "-{a\nb}-",
            "и\u0306", "ы\u0306", "e\u0301", "\u0306", "😀", "𝐀𝐁", "12", "3,5", "«", "»", "ʻ", "’", "'", "\\",
            "2016", "15", "йил", "йилда", "декабрь", "yil", "dekabr", "2016-yil", "15-dekabrdan", "Sent-Lyusiya",
            "Sent-Pyer", "Belgiyada", "A-12", "DVB-T2", "Электрон-ҳукумат.uz");
    private static final List<String> GAPS = List.of(" ", " ", " ", "  ", "\n", "\n\n", "\t", ", ", ". ", ".\n",
            "\u00a0", "\r\n", " \n ", "");
    private static final List<String> MARKDOWN = List.of("```\n", "~~~~\n", "`код`", "``", "<b class=\"катта\">",
            "</b>", "<!-- изоҳ -->", "<!--", "-->", "[ҳавола](https://x.uz/а \"т\")", "](x\\\n", "[a](манзил\\\n\n", "[a](манзил\\\n", ")", "[белги][тошкент]",
            "\n    тўртта бўшлиқ\n", "\n[тошкент]: https://t.uz/т\n", "&nbsp;", "&#1234;", "\n---\n", "---\n",
            "\n# Сарлавҳа\n", "\n> иқтибос\n", "\n- рўйхат\n", "title: Тошкент\n");

    @Property(tries = 500)
    void plainTextInPiecesIsTheWholeText(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 40) int piece,
                                        @ForAll boolean toLatin, @ForAll boolean quotes) throws Exception {
        Transliterator t = quotes ? QUOTES : PROJECT;
        Script target = toLatin ? Script.LATIN : Script.CYRILLIC;
        String normalised = Transliterator.normalize(text);
        Conversion whole = t.convertWithWarnings(normalised, target);
        assertSame(whole, normalised, streamed(t, target, false, text, piece));
    }

    @Property(tries = 500)
    void markdownInPiecesIsTheWholeText(@ForAll("markdown") String text, @ForAll @IntRange(min = 1, max = 40) int piece,
                                        @ForAll boolean toLatin) throws Exception {
        Script target = toLatin ? Script.LATIN : Script.CYRILLIC;
        Conversion whole = new MarkdownTransliterator(PROJECT).convert(text, target);
        assertSame(whole, Transliterator.normalize(text), streamed(PROJECT, target, true, text, piece));
    }

    /** The text and the warnings as {@code line:column: word: reason}, as the command prints them. */
    record Result(String text, List<String> warnings) {}

    static Result streamed(Transliterator t, Script target, boolean markdown, String text, int piece) throws Exception {
        TextStream stream = new TextStream(t, target, markdown, piece, 1 << 20);
        StringBuilder out = new StringBuilder();
        List<String> warnings = new ArrayList<>();
        // A tiny memory budget, so that the spool's temporary file is used too.
        try (Spool spool = new Spool(Path.of(System.getProperty("java.io.tmpdir")), piece * 8)) {
            stream.read(new StringReader(text), spool);
            stream.write(spool, out, (line, column, w) -> warnings.add(line + ":" + column + ": " + w.word() + ": " + w.reason()));
        }
        return new Result(out.toString(), warnings);
    }

    private static void assertSame(Conversion whole, String normalised, Result streamed) throws IOException {
        assertEquals(whole.text(), streamed.text());
        List<String> expected = new ArrayList<>();
        for (TranslitWarning w : whole.warnings()) {
            TextPosition at = new TextPosition();
            at.advance(normalised, 0, w.offset());
            expected.add(at.line() + ":" + at.column() + ": " + w.word() + ": " + w.reason());
        }
        assertEquals(expected, streamed.warnings());
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(WORDS), Arbitraries.of(GAPS),
                Arbitraries.strings().withChars("абвгдўқғҳАБВЎҚabcdoʻgʻshOGSH -.{}\n").ofMaxLength(6));
        return token.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(GAPS), Arbitraries.of(GAPS),
                Arbitraries.of(MARKDOWN), Arbitraries.of(MARKDOWN));
        return token.list().ofMaxSize(40).map(l -> String.join("", l));
    }
}
