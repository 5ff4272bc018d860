package uz.shaffof.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jsoup.parser.Parser;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.render.TemplateEngine;
import uz.shaffof.translit.Transliterator;

/**
 * The part of a bench build's setup that does not depend on its options, started on a thread of its own as the
 * process starts: the transliteration engine with its dictionary, the template engine, the front matter's YAML
 * mapper, and the first use of the YAML, Markdown and HTML parsers (which loads and initialises their classes). It then runs beside the parsing of the
 * command line instead of after it: picocli's classes are too old a class-file version for class-data sharing, so
 * every run loads and verifies them afresh, a tenth of a second or more of a 1 000-page build.
 *
 * <pre><code>WarmStart warm = WarmStart.begin();   // first thing in main
 * ... parse the options ...
 * Transliterator t = warm.transliterator(); // waits only for what is not done yet</code></pre>
 */
final class WarmStart {
    /** A small page in the shape of the corpus's: the parsers' classes are loaded and initialised on it. */
    private static final String SAMPLE = "# Sarlavha\n\nMatn *qiya* va [havola](https://example.uz/).\n\n"
            + "| a | b |\n|---|---|\n| 1 | 2 |\n\n- bir\n- ikki\n";

    /** Front matter in the shape of the corpus's: the YAML parser's classes are loaded and initialised on it. */
    private static final String SAMPLE_FRONT_MATTER =
            "title: \"Sarlavha\"\ndate: 2023-02-02\nregion: \"Buxoro\"\ntags:\n  - \"hisobot\"\n";

    private final CompletableFuture<Transliterator> transliterator;
    private final CompletableFuture<TemplateEngine> templates;
    private final CompletableFuture<ObjectMapper> frontMatter;

    private WarmStart(CompletableFuture<Transliterator> transliterator, CompletableFuture<TemplateEngine> templates,
                      CompletableFuture<ObjectMapper> frontMatter) {
        this.transliterator = transliterator;
        this.templates = templates;
        this.frontMatter = frontMatter;
    }

    /** Starts the work on a daemon thread; nothing waits for it until a build asks for its results. */
    static WarmStart begin() {
        WarmStart warm = new WarmStart(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
        Thread thread = new Thread(warm::run, "shaffof-bench-warm-start");
        thread.setDaemon(true);
        thread.start();
        return warm;
    }

    private void run() {
        complete(transliterator, Transliterator::standard);
        complete(templates, BenchTemplates::engine);
        complete(frontMatter, () -> {
            ObjectMapper yaml = CorpusReader.frontMatterMapper();
            try {
                yaml.readTree(SAMPLE_FRONT_MATTER);
            } catch (JsonProcessingException e) {
                // Only warming: the mapper is sound, and the build reports its own files' errors.
            }
            return yaml;
        });
        try {
            new MarkdownRenderer(UnaryOperator.identity()).render(SAMPLE, UnaryOperator.identity());
            Parser.htmlParser().parseInput(SAMPLE, "");
        } catch (RuntimeException e) {
            // Only warming: the build's own first page meets the same problem and reports it.
        }
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> make) {
        try {
            future.complete(make.get());
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        }
    }

    /** The standard transliteration engine, waiting for it if it is not ready yet. */
    Transliterator transliterator() {
        return join(transliterator);
    }

    /** The front matter's YAML mapper, its parser's classes loaded, waiting for it if it is not ready yet. */
    ObjectMapper frontMatter() {
        return join(frontMatter);
    }

    /** The engine of the bench's templates, waiting for it if it is not ready yet. */
    TemplateEngine templates() {
        return join(templates);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // The failure as the build would have met it on its own thread.
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
