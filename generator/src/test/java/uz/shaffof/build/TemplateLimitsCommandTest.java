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
 * exit 1, as any template error does, instead of a stack trace or a hang; the limits are options.
 */
class TemplateLimitsCommandTest {
    @TempDir
    Path dir;

    private Path projectWith(String line) throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Path region = project.resolve("templates/region.ftlh");
        String text = Files.readString(region);
        int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        Files.writeString(region, text.substring(0, third) + line + "\n" + text.substring(third));
        return project;
    }

    private static void assertOneLocatedError(TestSite.Run r, String located) {
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(located)), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("StackOverflowError"), "no stack trace: " + r.err());
        assertTrue(r.err().lines().count() <= 3, r.err());
    }

    @Test
    void aRecursiveMacroEndsInOneLocatedLine() throws IOException {
        Path project = projectWith("<#macro down n><@down n=n+1/></#macro><@down n=0/>");
        TestSite.Run r = TestSite.Run.of("check", "--root", project.toString());
        assertOneLocatedError(r, "templates/region.ftlh:3:16: templates nested more than 400 elements deep");
    }

    @Test
    void anEndlessListEndsAfterTheTimeoutGivenOnTheCommandLine() throws IOException {
        Path project = projectWith("<#list 1.. as i><#if i < 0>${i}</#if></#list>");
        TestSite.Run r = TestSite.Run.of("build", "--preview", "--root", project.toString(), "--template-timeout", "2s");
        assertOneLocatedError(r, "templates/region.ftlh:3:1: template did not finish within 2 s (an endless <#list>?)");
        assertFalse(Files.exists(project.resolve("site")), "nothing published");
    }

    @Test
    void aDepthLimitTooHighForTheStackStillEndsInALocatedLine() throws IOException {
        Path project = projectWith("<#macro down n><@down n=n+1/></#macro><@down n=0/>");
        TestSite.Run r = TestSite.Run.of("check", "--root", project.toString(), "--template-depth", "100000000");
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
