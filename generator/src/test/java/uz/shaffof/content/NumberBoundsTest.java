package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers are bounded by magnitude and decimal places, not by their length in characters: a twelve-character
 * {@code 1e-999999999} must be refused at its line at once, not after minutes and an out-of-memory error; an
 * {@code order} of {@code 1e99999} must not slip past the schema's maximum and be read as 0.
 */
class NumberBoundsTest {
    static final String USERS = "content/indicators/users.json";
    static final String REPORT = "content/reports/report.md";
    /** Generous: the refusal takes microseconds; before the bounds, the first case ran 75 s into an OutOfMemoryError. */
    static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private LoadResult loadWithValue(String value) {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write(USERS, ContentFixture.FILES.get(USERS).replace("\"value\": 100,", "\"value\": " + value + ","));
        return assertTimeoutPreemptively(HANG_GUARD, f::load);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e-100000", "1e-11", "0.000000000001", "-1E-2147483647"})
    void tooManyDecimalPlacesAreRefusedAtTheValue(String value) {
        LoadResult r = loadWithValue(value);
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, USERS, 10, "has more than 10 decimal places");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999", "1E+2147483647", "1e18", "1000000000000000000", "-1e19"})
    void tooLargeNumbersAreRefusedAtTheValue(String value) {
        LoadResult r = loadWithValue(value);
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, USERS, 10, "is too large: a figure here is below 10\\^18");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1234567890", "1.50000000000000000000", "999999999999999999", "0e-999999999", "1e5"})
    void numbersWithinTheBoundsLoad(String value) {
        LoadResult r = loadWithValue(value);
        assertEquals(0, r.problems().stream().filter(p -> p.isError()).count(), r.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999", "1e6", "100001", "1.0e5000"})
    void anOrderOutsideItsRangeIsRefusedExactly(String order) {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write(REPORT, ContentFixture.FILES.get(REPORT).replace("order: 1", "order: " + order));
        LoadResult r = assertTimeoutPreemptively(HANG_GUARD, f::load);
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, REPORT, 7, "(too large|maximum|100000)");
    }

    @Test
    void theBoundsAreDecidedWithoutArithmetic() {
        assertNull(NumberBounds.problemWith(new BigDecimal("123456789012345678.1234567890")));
        assertEquals("number 1E-999999999 has more than 10 decimal places: no figure here needs that precision "
                + "(round it, or write it in a smaller unit)", NumberBounds.problemWith(new BigDecimal("1e-999999999")));
    }
}
