package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.gate.Gate;
import uz.shaffof.gate.Gates;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.pipeline.BuildStages;
import uz.shaffof.testsite.TestSite;

/**
 * Every step of a build runs under a stage's name, and each stage's wall time reaches the listener: in order, each
 * stage started and ended once, each gate by its name. {@code build --timings} prints them. Names and order, never
 * durations (machines are noisy): a time is only checked not to be negative. On the smallest test site: every stage
 * runs and is told, whatever the site holds.
 */
class BuildTimingsTest {
    @TempDir
    Path dir;

    /** What a build tells about its stages, as "start x", "end x" and "part stage/x"; thread-safe. */
    static final class Recorder implements BuildListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void stage(String name, int index, int count) {
            events.add("start " + name);
        }

        @Override
        public void stageEnded(String name, long nanos) {
            assertTrue(nanos >= 0, name + ": " + nanos);
            events.add("end " + name);
        }

        @Override
        public void partEnded(String stage, String part, long nanos) {
            assertTrue(nanos >= 0, part + ": " + nanos);
            events.add("part " + stage + "/" + part);
        }
    }

    private static final TestSite MINIMAL = TestSite.fixture("minimal");

    @Test
    void aBuildTellsEveryStageInOrderAndEachGate() {
        BuildOptions options = MINIMAL.write(dir).withOut(dir.resolve("site"));
        Recorder recorder = new Recorder();
        Gates gates = Gates.standard();
        Build.create(options, gates, uz.shaffof.site.PageCache.none()).run(recorder);

        List<String> expected = new ArrayList<>();
        for (String stage : BuildStages.NAMES) {
            expected.add("start " + stage);
            if (stage.equals(BuildStages.GATES)) {
                for (Gate g : gates.gates()) expected.add("part gates/" + g.name());
                expected.add("part gates/" + Gates.SHARED_PARSE);
                expected.add("part gates/" + Gates.FACTS_CACHE);
            }
            expected.add("end " + stage);
        }
        assertEquals(expected, recorder.events);
    }

    @Test
    void buildWithTimingsPrintsEveryStageAndGateAfterTheSummary() {
        TestSite.Run r = MINIMAL.cli(dir, "build", "--preview", "--timings");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Built "), r.out());
        assertTrue(lines.get(1).matches("stage +wall ms +share"), r.out());
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            // "load   94   1.2 %" for a stage, "  links   412" for a gate ("  html-validity   30   checked 0 of 224
            // pages" for one with a verdict cache), "all stages   7812   100.0 %" last.
            assertTrue(line.matches("(\\S.*\\S) +\\d+ +\\d+\\.\\d %")
                    || line.matches("  (\\S.*\\S) +\\d+( +checked \\d+ of \\d+ pages)?"), line);
            names.add(line.replaceFirst(" +\\d+( +\\d+\\.\\d %| +checked \\d+ of \\d+ pages)?$", ""));
        }
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  html-validity +\\d+ +checked \\d+ of \\d+ pages")),
                "the HTML-validity gate says how many pages it checked: " + r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  " + java.util.regex.Pattern.quote(Gates.SHARED_PARSE)
                + " +\\d+ +checked \\d+ of \\d+ pages")), "the shared parse says how many pages it parsed: " + r.out());
        List<String> expected = new ArrayList<>();
        for (String stage : BuildStages.NAMES) {
            expected.add(stage);
            if (stage.equals(BuildStages.GATES)) {
                for (Gate g : Gates.standard().gates()) expected.add("  " + g.name());
                expected.add("  " + Gates.SHARED_PARSE);
                expected.add("  " + Gates.FACTS_CACHE);
            }
        }
        expected.add("all stages");
        assertEquals(expected, names, r.out());
    }

    @Test
    void stagesStartInTheirOrderOnly() {
        BuildStages stages = new BuildStages(BuildListener.NONE);
        stages.start(BuildStages.FIGURES);
        assertThrows(IllegalStateException.class, () -> stages.start(BuildStages.LOAD));
        assertThrows(IllegalStateException.class, () -> stages.start(BuildStages.FIGURES));
        assertThrows(IllegalArgumentException.class, () -> stages.start("rendering"));
        stages.start(BuildStages.PUBLISH);
    }

    @Test
    void theTableGivesEachStageItsShareAndEachPartItsOwnTime() {
        StageTimings t = new StageTimings();
        t.partEnded("gates", "links", 3_000_000);
        t.stageEnded("load", 1_000_000);
        t.stageEnded("gates", 3_000_000);
        assertEquals("""
                stage                         wall ms    share
                load                                1    25.0 %
                gates                               3    75.0 %
                  links                             3
                all stages                          4   100.0 %
                """, t.table());
    }

    @Test
    void theTableSaysHowManyPagesAGateWithAVerdictCacheChecked() {
        StageTimings t = new StageTimings();
        t.partEnded("gates", "links", 3_000_000);
        t.partEnded("gates", "html-validity", 2_000_000);
        t.partCounted("gates", "html-validity", 1, 224);
        t.stageEnded("gates", 3_000_000);
        assertEquals("""
                stage                         wall ms    share
                gates                               3   100.0 %
                  links                             3
                  html-validity                     2   checked 1 of 224 pages
                all stages                          3   100.0 %
                """, t.table());
        assertEquals(new StageTimings.Part("html-validity", 2_000_000, 1, 224), t.stages().get(0).parts().get(1));
    }
}
