package uz.shaffof.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import uz.shaffof.pipeline.BuildOptions;

/** The real project (the generator module runs its tests with the module directory as working directory). */
final class ProjectFixture {
    private ProjectFixture() {}

    static Path root() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    static BuildOptions realProject() {
        return BuildOptions.forProject(root());
    }

    /**
     * A copy of content/ and templates/ under {@code dir}, written in the given order of files (to show that
     * creation order does not matter), for tests that change content.
     */
    static BuildOptions copy(Path dir, boolean reverseOrder) {
        try {
            for (String part : List.of("content", "templates")) {
                Path src = root().resolve(part);
                List<Path> files;
                try (Stream<Path> walk = Files.walk(src)) {
                    files = walk.filter(Files::isRegularFile).sorted(reverseOrder ? Comparator.reverseOrder()
                            : Comparator.naturalOrder()).toList();
                }
                for (Path f : files) {
                    Path target = dir.resolve(part).resolve(src.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
            // Rendered charts are shared with the real project's cache: content-addressed, so a copy that
            // changes a chart's data gets a fresh rendering, and the tests need not start GraalJS every time.
            return BuildOptions.forProject(dir).withCache(root().resolve(".shaffof-cache"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
