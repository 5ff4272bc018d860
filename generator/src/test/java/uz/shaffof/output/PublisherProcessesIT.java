package uz.shaffof.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.output.AtomicPublisherTest.site;
import static uz.shaffof.output.AtomicPublisherTest.snapshot;
import static uz.shaffof.output.AtomicPublisherTest.strays;
import static uz.shaffof.output.SafePublishTest.names;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publisher in other processes: killed at a random moment, and several publishing one output at once. Each case
 * starts dozens of JVMs, so they run with the end-to-end tests (failsafe, in {@code verify}); the same code in one
 * process, with faults injected at a random file: {@link AtomicPublisherTest}, {@link SafePublishTest}.
 */
class PublisherProcessesIT {
    @TempDir
    Path dir;

    @Test
    void killingTheProcessAtARandomMomentNeverLosesThePreviousSite() throws Exception {
        Path out = dir.resolve("site");
        new AtomicPublisher(out).publish(site("old", 1500));
        Map<String, String> before = snapshot(out);
        Random random = new Random(7);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int trial = 0; trial < 20; trial++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    PublishMain.class.getName(), out.toString(), "new", "1500")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(100 + random.nextInt(900));
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            Map<String, String> after = snapshot(out);
            if (!after.equals(before)) {
                // The child may have finished before the kill: then the new site is complete, never a mix.
                assertEquals(snapshot(out).size(), 1501, "trial " + trial);
                assertTrue(after.values().stream().allMatch(v -> v.startsWith("new") || v.startsWith("<p>new")),
                        "trial " + trial + ": a mix of old and new files");
                new AtomicPublisher(out).publish(site("old", 1500));
            }
        }
        new AtomicPublisher(out).publish(site("final", 3));
        assertEquals("final", snapshot(out).get("index.html"));
        assertEquals(List.of(), strays(dir), "no temporary directories after the next good build");
    }

    /**
     * Separate processes (CI jobs, an editor's build beside {@code serve}) publishing the same output at once: each
     * waits for the lock, so none deletes another's staging directory, every one succeeds, and the site left is one
     * whole site, marked.
     */
    @Test
    void buildsInSeparateProcessesNeverGutEachOthersSite() throws Exception {
        Path out = dir.resolve("site");
        int pages = 400;
        Set<String> reference = new TreeSet<>(snapshot(publishedReference(pages)).keySet());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 6; round++) {
            List<Process> children = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        PublishMain.class.getName(), out.toString(), "r" + round + "k" + k,
                        String.valueOf(pages)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE)
                        .start());
            }
            for (Process c : children) {
                String log = new String(c.getInputStream().readAllBytes());
                assertTrue(c.waitFor(120, TimeUnit.SECONDS), "round " + round);
                assertEquals(0, c.exitValue(), "round " + round + ": " + log);
            }
            Map<String, String> now = snapshot(out);
            assertTrue(reference.equals(now.keySet()), "round " + round + ": the site is not whole: " + now.size()
                    + " of " + reference.size() + " files");
            String version = now.get("index.html");
            assertTrue(now.values().stream().allMatch(v -> v.startsWith(version) || v.startsWith("<p>" + version + " ")),
                    "round " + round + ": one build's files, not a mix");
            assertTrue(Files.isRegularFile(out.resolve(AtomicPublisher.MARKER)));
            assertEquals(List.of(".site.lock", "site"), names(dir), "round " + round + ": no leftovers");
        }
    }

    private Path publishedReference(int pages) {
        Path ref = dir.resolve("reference/site");
        new AtomicPublisher(ref).publish(site("ref", pages));
        return ref;
    }

    /** The child process of both tests: publishes a site of N pages into the output given. */
    public static final class PublishMain {
        public static void main(String[] args) {
            new AtomicPublisher(Path.of(args[0])).publish(site(args[1], Integer.parseInt(args[2])));
        }
    }
}
