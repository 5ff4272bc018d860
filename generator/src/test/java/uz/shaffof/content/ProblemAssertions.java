package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uz.shaffof.problem.Problem;

/** Checks shared by every bad-input test: the format of each problem, and that a failed load returns no content. */
final class ProblemAssertions {
    /** The format every reported problem has: {@code content/<path>:<line>:<col>: <message>}. */
    static final Pattern FORMAT = Pattern.compile("^content(?:/\\S+)?:\\d+:\\d+: .+");
    /** Traces of an exception leaking into a message: stack frames, Jackson's location dumps, Java feature names. */
    private static final Pattern LEAK = Pattern.compile(
            "\\tat |\\bat (?:java|com|org|uz)\\.|Exception|\\[Source:|REDACTED|StreamReadConstraints|JsonReadFeature|`|\\n");

    private ProblemAssertions() {}

    static String dump(LoadResult r) {
        return r.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    /** The load failed cleanly: no content, at least one error, and every problem well formed. */
    static void assertFailedCleanly(LoadResult r) {
        assertTrue(r.content() == null, "content must be null when the load fails, yet the load reported:\n" + dump(r));
        assertTrue(r.hasErrors(), "expected an error");
        for (Problem p : r.problems()) {
            assertTrue(FORMAT.matcher(p.toString()).matches(), "badly formed problem: " + p);
            assertFalse(LEAK.matcher(p.message()).find(), "stack-trace or Java text in a message: " + p);
        }
    }

    /** Some error names {@code path}, {@code line} (0 = any) and matches {@code message} (null = any). */
    static void assertError(LoadResult r, String path, int line, String message) {
        Pattern m = message == null ? null : Pattern.compile(message);
        boolean found = r.problems().stream().filter(Problem::isError).anyMatch(p ->
                p.pos().path().equals(path) && (line == 0 || p.pos().line() == line)
                        && (m == null || m.matcher(p.message()).find()));
        if (!found) {
            fail("no error at " + path + (line == 0 ? "" : ":" + line) + (m == null ? "" : " matching /" + m + "/")
                    + "; got:\n" + dump(r));
        }
    }
}
