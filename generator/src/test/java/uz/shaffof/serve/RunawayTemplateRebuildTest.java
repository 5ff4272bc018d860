package uz.shaffof.serve;

import uz.shaffof.pipeline.BuildListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.testsite.TestSite;

/**
 * A template that never finishes, in the preview: the rebuild fails at the template's line after the time limit
 * instead of hanging, the fix builds again, and a newer edit cancels the runaway build instead of waiting for its
 * limit. On the smallest test site, whose one region page runs the edited region template.
 */
class RunawayTemplateRebuildTest {
    static final Duration WAIT = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void aRunawayTemplateFailsAtItsLineAndTheFixOrANewerEditBuildsAgain() throws Exception {
        BuildOptions options = TestSite.fixture("minimal").write(dir);
        Path region = options.root().resolve("templates/region.ftlh");
        String good = Files.readString(region);
        int firstLineEnd = good.indexOf('\n') + 1;
        String runaway = good.substring(0, firstLineEnd) + "<#list 1.. as i><#if i < 0>${i}</#if></#list>\n"
                + good.substring(firstLineEnd);
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        Preview preview = new Preview();
        var pagesRendering = new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(1));
        BuildListener watch = new BuildListener() {
            @Override
            public void stage(String name, int index, int count) {}

            @Override
            public void progress(String what, long done, long total) {
                if (what.equals("pages") && done > 0) pagesRendering.get().countDown();
            }
        };
        // Every change cancels the build under way, so that the test need not wait for a build to grow old.
        try (PreviewBuild limited = new PreviewBuild(options.withRenderLimits(
                uz.shaffof.render.RenderLimits.DEFAULT.withTimeout(Duration.ofSeconds(2))));
             Rebuilder rebuilder = new Rebuilder(limited, preview, reports::add, watch, Duration.ZERO)) {
            rebuilder.request(Rebuilder.Trigger.initial());
            assertTrue(next(reports).ok());

            Files.writeString(region, runaway);
            rebuilder.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("templates/region.ftlh")));
            Rebuilder.Report stopped = next(reports);
            assertFalse(stopped.ok(), "the runaway page fails instead of hanging the rebuild");
            assertEquals("templates/region.ftlh:2:1: template did not finish within 2 s (an endless <#list>?); "
                    + "--template-timeout sets the limit", stopped.failure().problems().get(0).toString());
            assertTrue(preview.state().failed(), "the browser shows the error");

            Files.writeString(region, good);
            rebuilder.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("templates/region.ftlh")));
            assertTrue(next(reports).ok(), "the fix builds");
            assertFalse(preview.state().failed());

            // A newer edit does not wait for the runaway's time limit: it cancels the build and is built at once.
            Files.writeString(region, runaway);
            pagesRendering.set(new java.util.concurrent.CountDownLatch(1));
            rebuilder.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("templates/region.ftlh")));
            assertTrue(pagesRendering.get().await(WAIT.toSeconds(), TimeUnit.SECONDS));
            Files.writeString(region, good);
            rebuilder.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("templates/region.ftlh")));
            Rebuilder.Report fixed = next(reports);
            assertTrue(fixed.ok(), () -> "the runaway build was cancelled, not reported: " + fixed.failure().problems());
            assertFalse(preview.state().failed());
        } finally {
            Files.writeString(region, good);
        }
    }

    private static Rebuilder.Report next(BlockingQueue<Rebuilder.Report> reports) throws InterruptedException {
        Rebuilder.Report r = reports.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(r, "no build finished");
        return r;
    }
}
