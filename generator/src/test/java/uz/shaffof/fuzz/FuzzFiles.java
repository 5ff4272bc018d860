package uz.shaffof.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A private copy of the project's {@code content/} for the fuzz tests, removed when the JVM exits. */
final class FuzzFiles {
    private FuzzFiles() {}

    /** A new temporary project root holding a copy of the real {@code content/} (found from generator/ or the root). */
    static Path copyOfRealContent() {
        Path real = Stream.of(Path.of("..", "content"), Path.of("content"))
                .filter(p -> Files.isRegularFile(p.resolve("site.json")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("content/ not found from " + Path.of("").toAbsolutePath()));
        try {
            Path root = Files.createTempDirectory("shaffof-fuzz-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            Path to = root.resolve("content");
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(real.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(real.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name that stays inside its folder: one non-empty path segment, no separator, no NUL, not . or .. */
    static boolean isPlainName(String name) {
        return !name.isEmpty() && name.length() <= 100 && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\0') < 0;
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // a temporary directory; the OS cleans it up eventually
        }
    }
}
