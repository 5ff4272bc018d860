package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.Mounts;
import uz.shaffof.output.OutputLock;
import uz.shaffof.output.TreeSnapshot;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.testsite.TestSite;

/**
 * The output as a user meets it on the command line: every dangerous {@code --out} and {@code --cache} refused with
 * exit 2 and a message that names it, one build at a time, recovery before anything else, and exit statuses that
 * say what happened to the published site.
 */
class OutputCommandLineTest {
    @TempDir
    Path dir;

    /** A project's shape without its content: enough for every check that comes before the content is read. */
    private Path skeleton() throws IOException {
        Path root = dir.resolve("proj");
        Files.createDirectories(root.resolve("content"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("content/site.json"), "{}");
        Files.writeString(root.resolve("templates/page.ftlh"), "<p>");
        Files.writeString(root.resolve("README.md"), "read me");
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.createDirectories(dir.resolve("mydocs"));
        Files.writeString(dir.resolve("mydocs/thesis.txt"), "four years of work");
        Files.createDirectories(dir.resolve("sibling"));
        Files.writeString(dir.resolve("sibling/important.txt"), "another project");
        return root;
    }

    private void assertRefused(String expectedStart, String... args) throws IOException {
        TreeSnapshot before = TreeSnapshot.of(dir);
        TestSite.Run r = TestSite.Run.of(args);
        assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith(expectedStart), String.join(" ", args) + " said: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals(Set.of(), before.changedIn(TreeSnapshot.of(dir)), String.join(" ", args) + " wrote or deleted");
    }

    @Test
    void everyDangerousOutputOrCacheIsAUsageErrorThatNamesItAndTouchesNothing() throws IOException {
        String root = skeleton().toString();
        assertRefused("./: cannot be the output directory (replaced whole at every build): it is the project root",
                "build", "--root", root, "--out", root + "/.");
        assertRefused("shaffof: --out is empty", "build", "--root", root, "--out", "");
        assertRefused("content/: cannot be the output directory (replaced whole at every build): it is the content "
                + "directory", "build", "--root", root, "--out", root + "/content");
        assertRefused("templates/: cannot be the output directory", "build", "--root", root, "--out", root + "/templates");
        assertRefused(dir + "/proj/some/missing/../: goes up (..) out of " + dir + "/proj/some, which does not exist",
                "build", "--root", root, "--out", root + "/some/missing/..");
        assertRefused(dir + "/mydocs/: cannot be the output directory: it holds files, and it is not a site that "
                + "shaffof published (it has no .shaffof-site file)", "build", "--root", root, "--out", dir + "/mydocs");
        assertRefused("README.md: cannot be the output directory: it is a file", "build", "--root", root,
                "--out", root + "/README.md");
        assertRefused(dir + "/: cannot be the output directory (replaced whole at every build): it contains the "
                + "project root", "build", "--root", root, "--out", root + "/..");
        assertRefused("content/: cannot be the cache directory: it is the content directory", "build", "--root", root,
                "--cache", root + "/content");
        assertRefused("content/: cannot be the cache directory", "check", "--root", root, "--cache", root + "/content");
        assertRefused("./: cannot be the cache directory: it is the project root", "serve", "--root", root,
                "--cache", root);
        assertRefused("site/: cannot be the output directory (replaced whole at every build): it contains the cache "
                + "directory", "build", "--root", root, "--cache", root + "/site/cache");
    }

    @Test
    void aSecondBuildOfTheSameOutputWaitsThenSaysWhoHoldsIt() throws IOException {
        Path root = skeleton();
        Path out = root.resolve("site");
        try (OutputLock held = OutputLock.tryAcquire(out).orElseThrow()) {
            TestSite.Run r = TestSite.Run.of("build", "--root", root.toString(), "--lock-timeout", "0");
            assertEquals(3, r.code(), r.err());
            long pid = ProcessHandle.current().pid();
            assertTrue(r.err().contains("waiting for another build of site/ (pid " + pid + ") to finish..."), r.err());
            assertTrue(r.err().contains("site/: another build of this output (pid " + pid + ") still runs after 0 s"),
                    r.err());
            assertTrue(r.err().contains("nothing was published; site/ is as it was"), r.err());
        }
    }

    /**
     * A build killed between its two renames left {@code site/} missing and the old site aside. The next command
     * puts it back first, whether it is {@code check} or a {@code build} that then fails on its content.
     */
    @Test
    void aSiteLeftAsideMidSwapIsPutBackByCheckAndByABuildThatFailsOnContent() throws IOException {
        Path root = skeleton();
        for (String command : List.of("check", "build")) {
            Path aside = root.resolve(".site.old-00000000000000000001-crashed");
            Files.createDirectories(aside);
            Files.writeString(aside.resolve("index.html"), "the published site");
            Files.writeString(aside.resolve(AtomicPublisher.MARKER), "marker");

            TestSite.Run r = TestSite.Run.of(command, "--root", root.toString());

            assertEquals(1, r.code(), command + ": the skeleton's content is wrong\n" + r.err());
            assertEquals("the published site", Files.readString(root.resolve("site/index.html")), command);
            assertFalse(Files.exists(aside), command);
            assertTrue(r.err().contains("site/: put back the site") || command.equals("build"), r.err());
            deleteTree(root.resolve("site"));
        }
    }

    /**
     * Real builds of one project at once (a second CI job, an editor's build): each waits for the other, every one
     * exits 0, and the site left is whole: the files of a build, and the marker.
     */
    @Test
    void realBuildsAtOnceAllSucceedAndLeaveAWholeSite() throws Exception {
        BuildOptions o = TestSite.fixture("minimal").write(dir);
        String[] args = {"build", "--preview", "--root", o.root().toString(), "--cache", o.cache().toString()};
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<TestSite.Run>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) runs.add(pool.submit(() -> TestSite.Run.of(args)));
            for (Future<TestSite.Run> f : runs) {
                TestSite.Run r = f.get();
                assertEquals(0, r.code(), r.err());
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> expected = new TreeSet<>();
        for (var f : Build.create(o).generate().files()) expected.add(f.path());
        expected.add(AtomicPublisher.MARKER);
        assertEquals(expected, files(o.root().resolve("site")));
        try (Stream<Path> s = Files.list(o.root())) {
            assertEquals(List.of(".site.lock"), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.")).toList(), "no staging or old site left");
        }
    }

    /** The new site is published and the old one cannot be deleted: a warning and exit 0, since it was published. */
    @Test
    void anOldSiteThatCannotBeDeletedIsAWarningWithExitZero() throws IOException {
        BuildOptions o = TestSite.fixture("minimal").write(dir);
        String[] args = {"build", "--preview", "--root", o.root().toString(), "--cache", o.cache().toString()};
        assertEquals(0, TestSite.Run.of(args).code());
        Path stuck = o.root().resolve("site/uz/index.html");
        Mounts.immutable(stuck, true);
        TestSite.Run r;
        try {
            r = TestSite.Run.of(args);
        } finally {
            try (Stream<Path> s = Files.list(o.root())) {
                for (Path old : s.filter(p -> p.getFileName().toString().startsWith(".site.old-")).toList()) {
                    Mounts.immutable(old.resolve("uz/index.html"), false);
                }
            }
            Mounts.immutable(stuck, false);
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("\\.site\\.old-[0-9a-f-]+:1:1: warning: the new site is "
                + "published, but this directory could not be deleted \\(Operation not permitted .*")), r.err());
        assertTrue(r.out().startsWith("Built "), r.out());
    }

    /** Disk full while writing the site: the reason and the path, exit 3, no stack trace, the old site intact. */
    @Test
    void aFullDiskIsReportedWithThePathAndTheOldSiteStays() throws IOException {
        BuildOptions o = TestSite.fixture("minimal").write(dir.resolve("p"));
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Mounts.tmpfs(disk, 512); // a few pages fit, the site (about 2 MB with its scripts) does not
        try {
            Path out = disk.resolve("site");
            Files.createDirectories(out);
            Files.writeString(out.resolve("index.html"), "the published site");
            Files.writeString(out.resolve(AtomicPublisher.MARKER), "marker");
            TestSite.Run r = TestSite.Run.of("build", "--preview", "--root", o.root().toString(), "--cache",
                    o.cache().toString(), "--out", out.toString());
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().startsWith(out + "/: cannot write: No space left on device"), r.err());
            assertTrue(r.err().contains("nothing was published; " + out + "/ is as it was"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertEquals("the published site", Files.readString(out.resolve("index.html")));
        } finally {
            Mounts.unmount(disk);
        }
    }

    /** A cache that cannot be written (here a read-only file system) is said once, with the path and the reason. */
    @Test
    void aCacheThatCannotBeWrittenIsNotedWithThePathAndTheReason() throws IOException {
        Path root = skeleton();
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Mounts.tmpfs(disk, 64);
        try {
            Mounts.readOnly(disk);
            for (String command : List.of("check", "build")) {
                TestSite.Run r = TestSite.Run.of(command, "--root", root.toString(), "--cache",
                        disk.toString());
                assertEquals(1, r.code(), "the skeleton's content is wrong, and the cache does not change that");
                assertTrue(r.err().startsWith(disk + "/: note: cannot write: Read-only file system; every page and "
                        + "chart is rendered afresh"), command + ": " + r.err());
            }
        } finally {
            Mounts.unmount(disk);
        }
    }

    private static Set<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            Set<String> s = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> s.add(site.relativize(p).toString().replace('\\', '/')));
            return s;
        }
    }

    /** Removes a directory and everything under it (a test's own files, without links). */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
