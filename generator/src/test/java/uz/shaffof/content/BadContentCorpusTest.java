package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code src/test/resources/content/bad/} (see its README): each one's files go into a copy of
 * the minimal valid project, and the load must fail fast and cleanly, naming the right file and line.
 */
class BadContentCorpusTest {
    static final int MIN_CASES = 40;

    @TempDir
    Path dir;

    static Path corpus() {
        try {
            return Path.of(BadContentCorpusTest.class.getResource("/content/bad").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(corpus())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasEnoughCases() throws IOException {
        long n = cases().count();
        assertTrue(n >= MIN_CASES, "the corpus has " + n + " cases; it must keep at least " + MIN_CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemCleanly(String name) throws IOException {
        Path caseDir = corpus().resolve(name);
        Expect expect = Expect.read(caseDir.resolve("expect.txt"));
        ContentFixture f = ContentFixture.minimal(dir);
        expect.remove.forEach(f::delete);
        overlay(caseDir, f);
        LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(2), f::load, "load took longer than 2 s");
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, expect.path, expect.line, expect.message);
    }

    private static void overlay(Path caseDir, ContentFixture f) throws IOException {
        Path content = caseDir.resolve("content");
        if (!Files.isDirectory(content)) return;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                f.writeBytes(caseDir.relativize(p).toString().replace('\\', '/'), readAll(p));
            }
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed {@code expect.txt} of a case. */
    record Expect(String path, int line, String message, List<String> remove) {
        static Expect read(Path file) throws IOException {
            String path = null;
            String message = null;
            int line = 0;
            List<String> remove = new ArrayList<>();
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (l.isBlank() || l.startsWith("#")) continue;
                int colon = l.indexOf(':');
                String key = l.substring(0, colon).strip();
                String value = l.substring(colon + 1).strip();
                switch (key) {
                    case "path" -> path = value;
                    case "line" -> line = Integer.parseInt(value);
                    case "message" -> message = value;
                    case "remove" -> remove.add(value);
                    default -> throw new IllegalArgumentException(file + ": unknown key " + key);
                }
            }
            if (path == null) throw new IllegalArgumentException(file + ": no path");
            return new Expect(path, line, message, remove);
        }
    }
}
