package uz.shaffof.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of this repository's site (content/ and templates/) in a temporary folder, for goals to build. The tests
 * run with the module directory as working directory, so the repository is {@code ..}.
 */
final class SiteFixture {
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private SiteFixture() {}

    static Path copyInto(Path dir) {
        try {
            for (String part : List.of("content", "templates")) {
                Path src = REPOSITORY.resolve(part);
                try (Stream<Path> walk = Files.walk(src)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        Path target = dir.resolve(part).resolve(src.relativize(f).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(f, target);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rendered charts and pages are content-addressed, so the copy shares the repository's cache (as the
     * generator's own tests do): the tests need not start the chart engine for every copy.
     */
    static <M extends ShaffofMojo> M configure(M mojo, Path root) {
        mojo.root = root.toFile();
        mojo.cache = REPOSITORY.resolve(".shaffof-cache").toFile();
        mojo.setLog(new RecordingLog());
        return mojo;
    }

    static RecordingLog log(ShaffofMojo mojo) {
        return (RecordingLog) mojo.getLog();
    }
}
