package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;

/**
 * A template that runs away (endless recursion, an endless list) ends the command with one located line and
 * exit 1, as any template error does, instead of a stack trace or a hang; the limits are options. On the smallest
 * test site, whose one region page runs the broken region template.
 */
class TemplateLimitsCommandTest {
    @TempDir
    Path dir;

    /** The smallest site (one region, so region.ftlh renders) with {@code line} as the third line of region.ftlh. */
    private static TestSite siteWith(String line) throws IOException {
        String text = Files.readString(TestSite.PROJECT.resolve("templates/region.ftlh"));
        int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        return TestSite.fixture("minimal").with("templates/region.ftlh",
                text.substring(0, third) + line + "\n" + text.substring(third));
    }

    private static void assertOneLocatedError(TestSite.Run r, String located) {
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(located)), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("StackOverflowError"), "no stack trace: " + r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    @Test
    void aRecursiveMacroEndsInOneLocatedLine() throws IOException {
        TestSite.Run r = siteWith("<#macro down n><@down n=n+1/></#macro><@down n=0/>").cli(dir, "check");
        assertOneLocatedError(r, "templates/region.ftlh:3:16: templates nested more than 400 elements deep");
    }

    @Test
    void anEndlessListEndsAfterTheTimeoutGivenOnTheCommandLine() throws IOException {
        TestSite.Run r = siteWith("<#list 1.. as i><#if i < 0>${i}</#if></#list>").cli(dir, "build",
                "--preview", "--template-timeout", "2s");
        assertOneLocatedError(r, "templates/region.ftlh:3:1: template did not finish within 2 s (an endless <#list>?)");
        assertFalse(Files.exists(dir.resolve("project/site")), "nothing published");
    }

    @Test
    void aDepthLimitTooHighForTheStackStillEndsInALocatedLine() throws IOException {
        TestSite.Run r = siteWith("<#macro down n><@down n=n+1/></#macro><@down n=0/>").cli(dir, "check",
                "--template-depth", "100000000");
        assertOneLocatedError(r, "templates/region.ftlh:3:16: templates nested too deep: the stack overflowed");
    }

    @Test
    void limitsThatMeanNothingAreUsageErrors() {
        for (String[] bad : new String[][] {{"--template-timeout", "0"}, {"--template-timeout", "soon"},
                {"--template-depth", "0"}}) {
            TestSite.Run r = TestSite.Run.of("check", "--root", dir.toString(), bad[0], bad[1]);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().contains(bad[0]), r.err());
        }
    }
}
