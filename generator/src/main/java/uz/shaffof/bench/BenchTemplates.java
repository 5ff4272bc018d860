package uz.shaffof.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.render.TemplateEngine;

/**
 * The bench's templates ({@code bench/templates/} on the class path, shipped in the jar), copied into a temporary
 * directory because {@link TemplateEngine} loads from a directory; the engine is built once. Closing deletes the
 * directory.
 */
final class BenchTemplates implements AutoCloseable {
    static final List<String> NAMES = List.of("layout.ftlh", "page.ftlh", "list.ftlh", "table.ftlh");
    private static final String RESOURCE_DIR = "/bench/templates/";

    private final Path dir;
    private final TemplateEngine engine;

    private BenchTemplates(Path dir, TemplateEngine engine) {
        this.dir = dir;
        this.engine = engine;
    }

    static BenchTemplates extract() {
        try {
            Path dir = Files.createTempDirectory("shaffof-bench-templates");
            for (String name : NAMES) {
                try (InputStream in = BenchTemplates.class.getResourceAsStream(RESOURCE_DIR + name)) {
                    if (in == null) throw new IllegalStateException("template " + RESOURCE_DIR + name + " is not in the jar");
                    Files.write(dir.resolve(name), in.readAllBytes());
                }
            }
            return new BenchTemplates(dir, TemplateEngine.create(dir, "bench/templates"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the bench templates: " + e.getMessage(), e);
        }
    }

    TemplateEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        try {
            AtomicPublisher.deleteTree(dir);
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the benchmark's figures are what matter here.
        }
    }
}
