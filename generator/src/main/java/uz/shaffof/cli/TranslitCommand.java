package uz.shaffof.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import uz.shaffof.translit.ApostropheStyle;
import uz.shaffof.translit.Glossary;
import uz.shaffof.translit.GlossaryException;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Spool;
import uz.shaffof.translit.TextStream;
import uz.shaffof.translit.Transliterator;

/**
 * {@code shaffof translit --to latn|cyrl}: converts standard input to standard output (UTF-8), with
 * warnings on standard error as {@code <stdin>:line:col: warning: ...}. Exit 0 on success, 1 when the
 * glossary or input cannot be read (input that is not UTF-8: {@code <stdin>: byte offset N: invalid UTF-8 (0xC3
 * 0x28)}, and nothing on standard output), 2 on a usage error. Input of any length is converted in bounded memory,
 * to the same text as converting it whole ({@link TextStream}).
 *
 * <pre>{@code echo 'Тошкент шаҳри' | shaffof translit --to latn}</pre>
 */
@Command(name = "translit",
        description = "Converts Uzbek text between the Cyrillic and Latin alphabets (stdin to stdout, UTF-8).",
        sortOptions = false)
public final class TranslitCommand implements Callable<Integer> {
    static final String DEFAULT_GLOSSARY = "content/translit/glossary.tsv";

    @Option(names = "--to", required = true, paramLabel = "latn|cyrl", converter = ScriptConverter.class,
            description = "Target alphabet: latn (Latin) or cyrl (Cyrillic).")
    private Script target;

    @Option(names = "--apostrophe", paramLabel = "unicode|quotes", defaultValue = "unicode",
            converter = ApostropheConverter.class,
            description = "Signs in Latin output: unicode (oʻ, tutuq ʼ; default) or quotes (o‘, tutuq ’).")
    private ApostropheStyle apostrophes;

    @Option(names = "--markdown",
            description = "Input is Markdown: leave code, link destinations, autolinks and HTML tags untouched.")
    private boolean markdown;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Project glossary (TSV). Default: " + DEFAULT_GLOSSARY + " if it exists.")
    private Path glossaryFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** Bytes of normalised text kept in memory between the two passes; beyond it, a temporary file. */
    static final int SPOOL_MEMORY = 1 << 22;

    private final InputStream in;
    private final OutputStream rawOut;
    private final PrintStream err;
    private final Path workingDir;

    /** Standard streams, glossary looked up in the current directory. */
    public TranslitCommand() {
        this(System.in, System.out, System.err, Path.of(""));
    }

    /** Explicit streams and working directory (for tests and embedding). */
    public TranslitCommand(InputStream in, OutputStream out, OutputStream err, Path workingDir) {
        this.in = in;
        this.rawOut = out;
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        Glossary glossary;
        try {
            glossary = readGlossary();
        } catch (GlossaryException e) {
            err.println(e.path() + ":" + e.line() + ":" + e.column() + ": error: " + e.detail());
            return 1;
        } catch (IOException e) {
            err.println("translit: error: " + e.getMessage());
            return 1;
        }
        Transliterator t = Transliterator.builder().glossary(glossary).apostrophes(apostrophes).build();
        TextStream stream = new TextStream(t, target, markdown);
        // The whole input is read (and checked) before anything is written: invalid input leaves stdout empty.
        try (Spool spool = new Spool(Path.of(System.getProperty("java.io.tmpdir")), SPOOL_MEMORY)) {
            stream.read(new StrictUtf8Reader(in), spool);
            Writer text = new BufferedWriter(new OutputStreamWriter(rawOut, StandardCharsets.UTF_8), 1 << 16);
            stream.write(spool, text, (line, column, w) ->
                    err.println("<stdin>:" + line + ":" + column + ": warning: " + w.word() + ": " + w.reason()));
            text.flush();
        } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
            err.println("<stdin>: byte offset " + e.offset() + ": invalid UTF-8 (" + e.found() + ")");
            return 1;
        } catch (TextStream.NoPlaceToCutException e) {
            err.println("<stdin>:" + e.line() + ":" + e.column() + ": error: more than " + e.limit()
                    + " characters from here on with no place to split them" + (markdown
                    ? " (with --markdown: a blank line outside code fences, front matter and HTML comments)"
                    : " (white space outside -{...}- markers)"));
            return 1;
        } catch (IOException e) {
            err.println("translit: error: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private Glossary readGlossary() throws IOException, GlossaryException {
        if (glossaryFile != null) {
            return Glossary.read(workingDir.resolve(glossaryFile));
        }
        Path fallback = workingDir.resolve(DEFAULT_GLOSSARY);
        return Files.isRegularFile(fallback) ? Glossary.parse(Files.readString(fallback, StandardCharsets.UTF_8),
                DEFAULT_GLOSSARY) : Glossary.empty();
    }

    static final class ScriptConverter implements ITypeConverter<Script> {
        @Override
        public Script convert(String value) {
            switch (value) {
                case "latn":
                    return Script.LATIN;
                case "cyrl":
                    return Script.CYRILLIC;
                default:
                    throw new TypeConversionException("expected latn or cyrl, found '" + value + "'");
            }
        }
    }

    static final class ApostropheConverter implements ITypeConverter<ApostropheStyle> {
        @Override
        public ApostropheStyle convert(String value) {
            switch (value) {
                case "unicode":
                    return ApostropheStyle.UNICODE;
                case "quotes":
                    return ApostropheStyle.QUOTES;
                default:
                    throw new TypeConversionException("expected unicode or quotes, found '" + value + "'");
            }
        }
    }
}
