package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaging a valid file at random never crashes the loader or leaks Java text into a message: it either loads,
 * or fails with well-formed {@code content/...:line:col: message} problems and no content.
 */
class LoaderRobustnessProperties {
    private static final List<String> FILES = new ArrayList<>(ContentFixture.FILES.keySet());
    private static final String INSERTS = "{}[],:\"'\\/#*&!-\n\t 0.9eNaу\u0306\u202e\u0000---";

    @Property(tries = 150)
    void randomDamageFailsCleanly(@ForAll @IntRange(min = 0, max = 1000) int file,
                                  @ForAll @IntRange(min = 0, max = 100_000) int at,
                                  @ForAll @IntRange(min = 0, max = 3) int kind,
                                  @ForAll @IntRange(min = 0, max = 40) int length) throws IOException {
        String path = FILES.get(file % FILES.size());
        String text = ContentFixture.FILES.get(path);
        int pos = at % (text.length() + 1);
        String damaged = switch (kind) {
            case 0 -> text.substring(0, pos);                                                  // truncate
            case 1 -> text.substring(0, pos) + text.substring(Math.min(text.length(), pos + length)); // cut a piece
            case 2 -> text.substring(0, pos) + INSERTS.charAt(length % INSERTS.length()) + text.substring(pos); // insert
            default -> text.substring(0, pos) + text.substring(pos, Math.min(text.length(), pos + length))
                    + text.substring(pos);                                                    // repeat a piece
        };
        Path dir = Files.createTempDirectory("shaffof-robust");
        try {
            LoadResult r = ContentFixture.minimal(dir).write(path, damaged).load();
            if (r.hasErrors()) ProblemAssertions.assertFailedCleanly(r);
            else assertNotNull(r.content());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }
}
