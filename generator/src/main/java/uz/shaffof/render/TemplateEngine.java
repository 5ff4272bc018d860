package uz.shaffof.render;

import freemarker.cache.StrongCacheStorage;
import freemarker.core.Environment;
import freemarker.core._CoreAPI;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import uz.shaffof.problem.BuildCancelled;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * The one Freemarker {@link Configuration} of a build, set up as Freemarker's guide recommends for new projects
 * and locked down further: templates are trusted code, but a template must never be able to run a command
 * ({@code ?new} resolves no class at all; {@code ?api} is off), every value is HTML-escaped (HTML output format
 * for every template, whatever its extension), and an error fails the build with the template's line and column
 * instead of being printed into the page. A render that runs away (an endless {@code <#list 1..>}, a macro that
 * calls itself, a page without end) stops at its {@link RenderLimits} with an error at the template line
 * ({@link RenderGuard}), never hangs or overflows the stack.
 *
 * <pre><code>TemplateEngine engine = TemplateEngine.create(Path.of("templates"), "templates");
 * String html = engine.render("page.ftlh", model);</code></pre>
 */
public final class TemplateEngine {
    private final Configuration config;
    private final String displayDir;
    /** How messages name a template: under {@code displayDir}, or as a built-in one ({@link TemplateFiles#display}). */
    private final UnaryOperator<String> displayOf;
    private final RenderLimits limits;

    private TemplateEngine(Configuration config, String displayDir, UnaryOperator<String> displayOf,
                           RenderLimits limits) {
        this.config = config;
        this.displayDir = displayDir;
        this.displayOf = displayOf;
        this.limits = limits;
    }

    /**
     * An engine for the templates in {@code templateDir}, as they are now ({@link TemplateFiles#read}); a directory that cannot
     * be read fails the build.
     *
     * @param templateDir the directory templates are loaded from (and only from there)
     * @param displayDir how that directory is named in error messages, relative to the project root
     */
    public static TemplateEngine create(Path templateDir, String displayDir) {
        return create(TemplateFiles.read(templateDir, displayDir), displayDir, RenderLimits.DEFAULT);
    }

    /** {@link #create(TemplateFiles, String, RenderLimits)} with the {@link RenderLimits#DEFAULT default limits}. */
    public static TemplateEngine create(TemplateFiles files, String displayDir) {
        return create(files, displayDir, RenderLimits.DEFAULT);
    }

    /**
     * An engine that renders {@code files} and nothing else: it never reads the disk, so it renders the same bytes
     * for its whole life, and no page pays for a check of a template's file.
     *
     * @param displayDir how the files' directory is named in error messages, relative to the project root
     * @param limits how long, how deep and how large one render may go before it fails with a located error
     */
    public static TemplateEngine create(TemplateFiles files, String displayDir, RenderLimits limits) {
        Configuration cfg = new GuardedConfiguration();
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
        return new TemplateEngine(cfg, displayDir, name -> files.display(name, displayDir),
                java.util.Objects.requireNonNull(limits, "limits"));
    }

    public RenderLimits limits() {
        return limits;
    }

    /** Renders a template with a model; a template error becomes a located {@link BuildFailure}. */
    public String render(String templateName, Object model) {
        return render(templateName, model, () -> false);
    }

    /**
     * Renders a template with a model. A template error, and a render that passes one of the {@link RenderLimits}
     * (an endless loop, endless recursion, an endless page), becomes a located {@link BuildFailure}; when
     * {@code cancelled} turns true the render stops soon after with {@link BuildCancelled}.
     */
    public String render(String templateName, Object model, BooleanSupplier cancelled) {
        RenderGuard guard = new RenderGuard(limits, displayDir, displayOf, cancelled, System.nanoTime());
        try {
            Template template = config.getTemplate(templateName);
            PageWriter out = new PageWriter(guard);
            Environment env = template.createProcessingEnvironment(model, out);
            env.setTemplateProcessingTracer(guard);
            env.process();
            return out.toString();
        } catch (RenderGuard.Stop stop) {
            throw stop.outcome();
        } catch (StackOverflowError e) {
            // Caught where the render began, with the whole stack unwound: the guard remembers where it was deepest.
            throw guard.stackOverflow();
        } catch (TemplateException e) {
            // FreeMarker wraps an unchecked exception thrown inside an expression (a function call) in its own.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof RenderGuard.Stop stop) throw stop.outcome();
            }
            throw BuildFailure.of("render", templateProblem(e));
        } catch (freemarker.core.ParseException e) {
            throw BuildFailure.of("render", Problem.error(
                    SourcePos.of(displayOf.apply(e.getTemplateName()), Math.max(1, e.getLineNumber()),
                            Math.max(1, e.getColumnNumber())),
                    "template syntax error: " + firstLine(e.getEditorMessage())));
        } catch (IOException e) {
            throw BuildFailure.of("render", Problem.error(SourcePos.file(displayOf.apply(templateName)),
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
        return Problem.error(SourcePos.of(displayOf.apply(name), Math.max(1, line), Math.max(1, col)),
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
     * FreeMarker's configuration, with one addition: every template it hands out, the one rendered and every one it
     * imports or includes, has a check inserted at the start of each loop body and macro
     * ({@link _CoreAPI#addThreadInterruptedChecks}). FreeMarker runs an empty {@code <#list 1..></#list>} in a Java
     * loop that visits no element; the check is an element, so the {@link RenderGuard} hears of every round. All
     * lookups end in the one method overridden here. Templates are held strongly (they are never reloaded: the files
     * cannot change), so each one is changed once, before any thread renders it.
     */
    private static final class GuardedConfiguration extends Configuration {
        private final Set<Template> guarded = ConcurrentHashMap.newKeySet();

        GuardedConfiguration() {
            super(Configuration.VERSION_2_3_35);
            setCacheStorage(new StrongCacheStorage());
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null && !guarded.contains(t)) {
                synchronized (guarded) {
                    if (!guarded.contains(t)) {
                        _CoreAPI.addThreadInterruptedChecks(t);
                        guarded.add(t);
                    }
                }
            }
            return t;
        }
    }

    /**
     * A {@link java.io.StringWriter} without its locks: FreeMarker writes a page in hundreds of small pieces, and a
     * {@code StringWriter} takes its buffer's lock for each one, which no JIT removes under C1. One thread writes a
     * page, so no lock is needed.
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder sb = new StringBuilder(16 * 1024);
        /** Told the page's length after each write, so that a page without end stops before it fills the heap. */
        private final RenderGuard guard;

        PageWriter(RenderGuard guard) {
            this.guard = guard;
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
            guard.wrote(sb.length());
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
            guard.wrote(sb.length());
        }

        @Override
        public void write(String str) {
            sb.append(str);
            guard.wrote(sb.length());
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
            guard.wrote(sb.length());
        }

        @Override
        public Writer append(CharSequence csq) {
            sb.append(csq);
            guard.wrote(sb.length());
            return this;
        }

        @Override
        public Writer append(CharSequence csq, int start, int end) {
            sb.append(csq, start, end);
            guard.wrote(sb.length());
            return this;
        }

        @Override
        public Writer append(char c) {
            sb.append(c);
            guard.wrote(sb.length());
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
