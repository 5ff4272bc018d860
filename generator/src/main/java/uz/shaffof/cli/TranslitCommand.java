package uz.shaffof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import uz.shaffof.translit.ApostropheStyle;
import uz.shaffof.translit.Conversion;
import uz.shaffof.translit.Glossary;
import uz.shaffof.translit.GlossaryException;
import uz.shaffof.translit.MarkdownTransliterator;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.TranslitWarning;
import uz.shaffof.translit.Transliterator;

/**
 * {@code shaffof translit --to latn|cyrl}: converts standard input to standard output (UTF-8), with
 * warnings on standard error as {@code <stdin>:line:col: warning: ...}. Exit 0 on success, 1 when the
 * glossary or input cannot be read, 2 on a usage error.
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

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDir;

    /** Standard streams, glossary looked up in the current directory. */
    public TranslitCommand() {
        this(System.in, System.out, System.err, Path.of(""));
    }

    /** Explicit streams and working directory (for tests and embedding). */
    public TranslitCommand(InputStream in, OutputStream out, OutputStream err, Path workingDir) {
        this.in = in;
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        Glossary glossary;
        String text;
        try {
            glossary = readGlossary();
            text = Transliterator.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (GlossaryException e) {
            err.println(e.path() + ":" + e.line() + ":" + e.column() + ": error: " + e.detail());
            return 1;
        } catch (IOException e) {
            err.println("translit: error: " + e.getMessage());
            return 1;
        }
        Transliterator t = Transliterator.builder().glossary(glossary).apostrophes(apostrophes).build();
        Conversion c = markdown
                ? new MarkdownTransliterator(t).convert(text, target)
                : t.convertWithWarnings(text, target);
        out.print(c.text());
        out.flush();
        LineIndex lines = new LineIndex(text);
        for (TranslitWarning w : c.warnings()) {
            err.println("<stdin>:" + lines.line(w.offset()) + ":" + lines.column(w.offset()) + ": warning: "
                    + w.word() + ": " + w.reason());
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

    /** 1-based line and column of an offset, columns counted in characters. */
    private static final class LineIndex {
        private final int[] lineStarts;

        LineIndex(String text) {
            int[] starts = new int[16];
            int count = 1;
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = k + 1;
                }
            }
            this.lineStarts = Arrays.copyOf(starts, count);
        }

        int line(int offset) {
            int k = Arrays.binarySearch(lineStarts, offset);
            return k >= 0 ? k + 1 : -k - 1;
        }

        int column(int offset) {
            return offset - lineStarts[line(offset) - 1] + 1;
        }
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
