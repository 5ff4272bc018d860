package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.gate.Gates;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.pipeline.BuildStages;
import uz.shaffof.site.PageCache;
import uz.shaffof.testsite.TestSite;

/**
 * A build tells its listener each stage in order, and within "pages" the charts and pages done of total (from the
 * rendering threads), which is what the terminal's progress line shows. Counts, not timing.
 */
class BuildProgressTest {
    @TempDir
    java.nio.file.Path dir;

    /** Records what a build tells; thread-safe, as a listener must be. */
    static final class Recorder implements BuildListener {
        final List<String> stages = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Long> totals = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final Map<String, Long> highest = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
        volatile int generatedFiles = -1;

        @Override
        public void stage(String name, int index, int count) {
            stages.add(name + " " + index + "/" + count);
            order.add("stage " + name);
        }

        @Override
        public void progress(String what, long done, long total) {
            Long before = totals.putIfAbsent(what, total);
            if (before != null) assertEquals(before, total, "the total of " + what + " never changes");
            assertTrue(done >= 0 && done <= total, what + ": " + done + "/" + total);
            calls.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
            highest.merge(what, done, Math::max);
            order.add("progress " + what);
        }

        @Override
        public void generated(GeneratedFiles files) {
            generatedFiles = files.ready().size() + files.deferred().size();
            order.add("generated");
        }
    }

    @Test
    void aBuildReportsItsStagesAndHowManyChartsAndPagesAreDone() {
        BuildOptions options = TestSite.fixture("minimal").write(dir).withOut(dir.resolve("site"));
        Recorder recorder = new Recorder();
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text, true), true, 0, System::nanoTime);
        BuildListener both = new BuildListener() {
            @Override
            public void stage(String name, int index, int count) {
                recorder.stage(name, index, count);
                printer.listener().stage(name, index, count);
            }

            @Override
            public void progress(String what, long done, long total) {
                recorder.progress(what, done, total);
                printer.listener().progress(what, done, total);
            }

            @Override
            public void generated(GeneratedFiles files) {
                recorder.generated(files);
            }
        };
        BuildResult r = Build.create(options, new Gates(List.of()), PageCache.none()).run(both);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < BuildStages.NAMES.size(); i++) expected.add(BuildStages.NAMES.get(i) + " " + i + "/" + BuildStages.NAMES.size());
        assertEquals(expected, recorder.stages);
        assertEquals(r.pages(), recorder.totals.get("pages"), "pages: both editions of every planned page");
        assertEquals(r.pages(), recorder.highest.get("pages"));
        assertEquals(r.pages() + 1, recorder.calls.get("pages").get(), "0 first, then once per page");
        long charts = recorder.totals.get("charts");
        assertTrue(charts > 0 && charts % 2 == 0, "charts in both editions: " + charts);
        assertEquals(charts, recorder.highest.get("charts"));
        assertEquals(r.files().size(), recorder.generatedFiles);
        List<String> order = List.copyOf(recorder.order);
        assertTrue(order.indexOf("generated") > order.lastIndexOf("progress pages"), "files are ready after the pages");
        assertTrue(order.indexOf("generated") < order.indexOf("stage link previews"), "and before the link previews");

        // What the terminal shows: the last count of each stage is always drawn.
        printer.clear();
        assertTrue(text.toString().contains("pages: " + r.pages() + "/" + r.pages()), text.toString());
        assertTrue(text.toString().contains("charts: " + charts + "/" + charts), text.toString());
        assertFalse(text.toString().contains("\n"), "one line, rewritten in place");
    }
}
