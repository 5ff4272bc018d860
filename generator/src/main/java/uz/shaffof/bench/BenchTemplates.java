package uz.shaffof.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.render.TemplateEngine;
import uz.shaffof.render.TemplateFiles;

/**
 * The bench's templates ({@code bench/templates/} on the class path, shipped in the jar), read into memory and
 * made into one engine.
 */
final class BenchTemplates {
    static final List<String> NAMES = List.of("layout.ftlh", "page.ftlh", "list.ftlh", "table.ftlh");
    private static final String RESOURCE_DIR = "/bench/templates/";

    private BenchTemplates() {}

    /** An engine for the bench's templates. */
    static TemplateEngine engine() {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : NAMES) {
            try (InputStream in = BenchTemplates.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in == null) throw new IllegalStateException("template " + RESOURCE_DIR + name + " is not in the jar");
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bench template " + name + ": " + e.getMessage(), e);
            }
        }
        return TemplateEngine.create(TemplateFiles.of(Path.of("bench/templates"), files), "bench/templates");
    }
}
