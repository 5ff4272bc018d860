package uz.shaffof.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class CommandLineRunTest {
    static final String NOTE = "content/a.json:15:5: note: stated 42.2% disagrees with 37.7%";
    static final String ERROR = "content/regions.json:4:23: unexpected character ','";

    @Test
    void successIsNotAFailureWhateverWasReported() {
        assertDoesNotThrow(() -> new CommandLineRun(0, List.of(NOTE)).throwIfFailed("shaffof build"));
    }

    @Test
    void contentErrorsAreTheSitesFailureAndCarryOnlyTheProblems() {
        var run = new CommandLineRun(1, List.of(NOTE, ERROR, "load failed: 1 error(s); nothing was published"));
        var e = assertThrows(MojoFailureException.class, () -> run.throwIfFailed("shaffof build"));
        assertEquals("shaffof build failed (exit 1):\n" + ERROR + "\nload failed: 1 error(s); nothing was published",
                e.getMessage());
    }

    @Test
    void usageAndInternalErrorsAreExecutionErrors() {
        var usage = new CommandLineRun(2, List.of("Unknown option: '--bogus'"));
        assertEquals("shaffof check failed (exit 2):\nUnknown option: '--bogus'",
                assertThrows(MojoExecutionException.class, () -> usage.throwIfFailed("shaffof check")).getMessage());
        var internal = new CommandLineRun(3, List.of("shaffof: internal error: java.io.UncheckedIOException: disk full"));
        assertThrows(MojoExecutionException.class, () -> internal.throwIfFailed("shaffof build"));
    }

    @Test
    void aRealUsageErrorComesBackAsExitTwo() {
        var run = CommandLineRun.run(List.of("build", "--bogus"), new RecordingLog(), false);
        assertEquals(2, run.exitStatus());
        assertThrows(MojoExecutionException.class, () -> run.throwIfFailed("shaffof build"));
    }
}
