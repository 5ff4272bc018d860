package uz.shaffof.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * The one Freemarker {@link Configuration} of a build, set up as Freemarker's guide recommends for new projects
 * and locked down further: templates are trusted code, but a template must never be able to run a command
 * ({@code ?new} resolves no class at all; {@code ?api} is off), every value is HTML-escaped (HTML output format
 * for every template, whatever its extension), and an error fails the build with the template's line and column
 * instead of being printed into the page.
 *
 * <pre><code>TemplateEngine engine = TemplateEngine.create(Path.of("templates"), "templates");
 * String html = engine.render("page.ftlh", model);</code></pre>
 */
public final class TemplateEngine {
    private final Configuration config;
    private final String displayDir;

    private TemplateEngine(Configuration config, String displayDir) {
        this.config = config;
        this.displayDir = displayDir;
    }

    /**
     * An engine for the templates in {@code templateDir}, as they are now ({@link TemplateFiles#read}); a directory that cannot
     * be read fails the build.
     *
     * @param templateDir the directory templates are loaded from (and only from there)
     * @param displayDir how that directory is named in error messages, relative to the project root
     */
    public static TemplateEngine create(Path templateDir, String displayDir) {
        return create(TemplateFiles.read(templateDir, displayDir), displayDir);
    }

    /**
     * An engine that renders {@code files} and nothing else: it never reads the disk, so it renders the same bytes
     * for its whole life, and no page pays for a check of a template's file.
     *
     * @param displayDir how the files' directory is named in error messages, relative to the project root
     */
    public static TemplateEngine create(TemplateFiles files, String displayDir) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(files.loader());
        // The files cannot change, so Freemarker never needs to look for a newer version of one it has parsed.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // "page.ftlh" is looked up as named, not first as "page_en_US.ftlh" and the like.
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Security: the default resolver lets "freemarker.template.utility.Execute"?new() run shell commands.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        // Escape everything, whatever the file is called; .ftlh is the convention but not the guard.
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        // Determinism: nothing may depend on the build machine's locale or zone. Numbers reach templates as
        // preformatted strings; these settings only guard a stray ${number} from printing "1,234".
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        return new TemplateEngine(cfg, displayDir);
    }

    /** Renders a template with a model; a template error becomes a located {@link BuildFailure}. */
    public String render(String templateName, Object model) {
        try {
            Template template = config.getTemplate(templateName);
            PageWriter out = new PageWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw BuildFailure.of("render", templateProblem(e));
        } catch (freemarker.core.ParseException e) {
            throw BuildFailure.of("render", Problem.error(
                    SourcePos.of(displayDir + "/" + e.getTemplateName(), Math.max(1, e.getLineNumber()),
                            Math.max(1, e.getColumnNumber())),
                    "template syntax error: " + firstLine(e.getEditorMessage())));
        } catch (IOException e) {
            throw BuildFailure.of("render", Problem.error(SourcePos.file(displayDir + "/" + templateName),
                    "cannot read template: " + e.getMessage()));
        }
    }

    private Problem templateProblem(TemplateException e) {
        String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : "?";
        int line = e.getLineNumber() != null ? e.getLineNumber() : 1;
        int col = e.getColumnNumber() != null ? e.getColumnNumber() : 1;
        String message = e.getMessageWithoutStackTop();
        if (message.contains("not allowed in the template for security reasons")
                || message.contains("?new")) {
            message = "template tried to instantiate a Java class with ?new, which is forbidden: " + firstLine(message);
        }
        return Problem.error(SourcePos.of(displayDir + "/" + name, Math.max(1, line), Math.max(1, col)),
                "template error: " + firstLine(message));
    }

    /**
     * The first line of Freemarker's message, and the next one too when the first ends in a colon: "Template inclusion
     * failed (for parameter value "/etc/passwd"):" says nothing without the reason below it.
     */
    private static String firstLine(String s) {
        if (s == null) return "";
        String[] lines = s.strip().split("\n", 3);
        String first = lines[0].strip();
        return first.endsWith(":") && lines.length > 1 ? first + " " + lines[1].strip() : first;
    }

    /**
     * A {@link java.io.StringWriter} without its locks: FreeMarker writes a page in hundreds of small pieces, and a
     * {@code StringWriter} takes its buffer's lock for each one, which no JIT removes under C1. One thread writes a
     * page, so no lock is needed.
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder sb = new StringBuilder(16 * 1024);

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str) {
            sb.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        @Override
        public Writer append(CharSequence csq) {
            sb.append(csq);
            return this;
        }

        @Override
        public Writer append(CharSequence csq, int start, int end) {
            sb.append(csq, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            sb.append(c);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
