package uz.shaffof.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.BuildCancelled;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;

/**
 * A template that never ends (an endless list, endless recursion, a page without end) fails its page with an error
 * at the template line that ran away, instead of hanging the build, overflowing the stack with a thousand-line trace,
 * or filling the heap. The limits here are small so that each case stops quickly; the hang guard is only there so
 * that a regression fails instead of hanging the suite.
 */
class RenderLimitsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final RenderLimits QUICK = RenderLimits.DEFAULT.withTimeout(Duration.ofMillis(300));

    @TempDir
    Path dir;

    private Problem failure(String template, RenderLimits limits) throws IOException {
        Files.writeString(dir.resolve("page.ftlh"), template);
        TemplateEngine e = TemplateEngine.create(TemplateFiles.read(dir, "templates"), "templates", limits);
        BuildFailure f = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(BuildFailure.class, () -> e.render("page.ftlh", Map.of())));
        assertEquals(1, f.problems().size(), f.problems().toString());
        return f.problems().get(0);
    }

    @Test
    void anEndlessListStopsAtItsLineAfterTheTimeout() throws IOException {
        Problem p = failure("<main>\n  <#list 1.. as i><#if i < 0>${i}</#if></#list>\n</main>", QUICK);
        assertEquals("templates/page.ftlh:2:3", p.pos().toString(), p.toString());
        assertTrue(p.message().startsWith("template did not finish within 300 ms (an endless <#list>?)"), p.toString());
        assertTrue(p.message().contains("--template-timeout"), p.toString());
    }

    @Test
    void anEndlessListWithAnEmptyBodyStopsToo() throws IOException {
        Problem p = failure("<main>\n<#list 1.. as i></#list>\n</main>", QUICK);
        assertTrue(p.toString().startsWith("templates/page.ftlh:2:1: template did not finish"), p.toString());
    }

    @Test
    void anEndlessEmptyListInAnImportedTemplateStopsAtItsLine() throws IOException {
        Files.writeString(dir.resolve("macros.ftlh"), "<#macro spin>\n  <#list 1.. as i></#list>\n</#macro>");
        Problem p = failure("<#import \"macros.ftlh\" as m>\n<@m.spin/>", QUICK);
        assertTrue(p.toString().startsWith("templates/macros.ftlh:2:3: template did not finish"), p.toString());
    }

    @Test
    void anEndlessListThatPrintsStopsWhenThePageGrowsTooLarge() throws IOException {
        Problem p = failure("<main>\n<#list 1.. as i>${i} </#list>\n</main>", RenderLimits.DEFAULT.withMaxOutputChars(100_000));
        assertEquals("templates/page.ftlh:2:1", p.pos().toString(), p.toString());
        assertTrue(p.message().startsWith("page grew past 100000 characters"), p.toString());
    }

    @Test
    void aMacroThatCallsItselfStopsAtTheDepthLimitWhereItRecurses() throws IOException {
        Problem p = failure("<#macro down n>\n  <p><@down n=n+1/></p>\n</#macro>\n<@down n=0/>", RenderLimits.DEFAULT);
        assertEquals("templates/page.ftlh:2:6", p.pos().toString(), p.toString());
        assertTrue(p.message().startsWith("templates nested more than " + RenderLimits.DEFAULT_MAX_DEPTH
                + " elements deep"), p.toString());
        assertTrue(p.message().contains("--template-depth"), p.toString());
    }

    @Test
    void aFunctionThatCallsItselfStopsAtTheDepthLimit() throws IOException {
        Problem p = failure("<#function f n>\n  <#return f(n + 1)>\n</#function>\n${f(0)}", RenderLimits.DEFAULT);
        assertEquals("templates/page.ftlh:2:3", p.pos().toString(), p.toString());
        assertTrue(p.message().startsWith("templates nested more than"), p.toString());
    }

    @Test
    void aStackOverflowBeforeTheDepthLimitIsStillALocatedError() throws Exception {
        // A depth limit set too high for the thread's stack: the overflow itself is caught where the render began.
        RenderLimits unbounded = RenderLimits.DEFAULT.withMaxDepth(10_000_000);
        Files.writeString(dir.resolve("page.ftlh"), "<#macro down n>\n  <p><@down n=n+1/></p>\n</#macro>\n<@down n=0/>");
        TemplateEngine e = TemplateEngine.create(TemplateFiles.read(dir, "templates"), "templates", unbounded);
        BuildFailure[] caught = new BuildFailure[1];
        Thread small = new Thread(null, () -> {
            try {
                e.render("page.ftlh", Map.of());
            } catch (BuildFailure f) {
                caught[0] = f;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join(HANG_GUARD.toMillis());
        assertTrue(caught[0] != null, "the render must end in a BuildFailure");
        Problem p = caught[0].problems().get(0);
        assertTrue(p.toString().startsWith("templates/page.ftlh:2:"), p.toString());
        assertTrue(p.message().contains("the stack overflowed"), p.toString());
    }

    @Test
    void anAttemptBlockCannotSwallowTheTimeout() throws IOException {
        Problem p = failure("<#attempt>\n<#list 1.. as i><#if i < 0>x</#if></#list>\n<#recover>\n<#list 1.. as j></#list>\n"
                + "</#attempt>", QUICK);
        assertTrue(p.message().startsWith("template did not finish"), p.toString());
    }

    @Test
    void aCancelledRenderStopsWithoutAProblem() throws IOException {
        Files.writeString(dir.resolve("page.ftlh"), "<#list 1.. as i><#if i < 0>x</#if></#list>");
        TemplateEngine e = TemplateEngine.create(TemplateFiles.read(dir, "templates"), "templates",
                RenderLimits.DEFAULT);
        assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(BuildCancelled.class, () -> e.render("page.ftlh", Map.of(), () -> true)));
    }

    @Test
    void anHonestDeepPageRendersUnderTheDefaultLimits() throws IOException {
        // A tree printed by recursion, 40 levels deep: twice what the project's own pages nest.
        Files.writeString(dir.resolve("page.ftlh"), "<#macro tree n><#if n gt 0><ul><li><@tree n=n-1/></li></ul></#if></#macro>"
                + "<@tree n=40/>");
        TemplateEngine e = TemplateEngine.create(TemplateFiles.read(dir, "templates"), "templates");
        assertTrue(e.render("page.ftlh", Map.of()).startsWith("<ul><li><ul>"));
    }
}
