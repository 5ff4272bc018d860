package uz.shaffof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;

/**
 * The launcher users run, {@code ./shaffof} at the repository's root: the first build makes a class-data archive
 * beside the jar, the next builds load the generator's classes from it, and an archive the JVM cannot use (cut
 * short, damaged, made by another JDK) or a JVM that refuses the launcher's settings never fails a command or
 * writes into its output.
 *
 * <p>The jar is the one users run, this module's {@code target/shaffof.jar} (made by {@code package}, before the
 * end-to-end tests run), copied so that its archive is made beside the copy. A test of child JVMs, each a build:
 * an end-to-end test (docs/TESTING.md).
 */
class LauncherIT {
    private static final Path LAUNCHER = TestSite.PROJECT.resolve("shaffof");
    private static final String CYRILLIC = "Ўзбекистон\n";
    private static final String LATIN = "Oʻzbekiston\n";

    @TempDir
    static Path dir;
    static Path jar;
    static Path root;
    /** The archive the first build made, and its bytes, put back after each test that damages it. */
    static Path archive;
    static byte[] archiveBytes;
    static Run first;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void firstBuildMakesTheArchive() throws Exception {
        jar = copyOfTheRunnableJar(dir.resolve("jar"));
        root = TestSite.fixture("minimal").write(dir.resolve("site")).root();
        first = run(Map.of(), "build", "--root", root.toString(), "--preview", "--cache",
                TestSite.SHARED_CACHE.toString());
        List<Path> archives = archives();
        assertEquals(1, archives.size(), "the first build leaves one archive: " + archives + "\n" + first);
        archive = archives.get(0);
        archiveBytes = Files.readAllBytes(archive);
    }

    @AfterEach
    void putTheArchiveBack() throws IOException {
        try (Stream<Path> files = Files.list(jar.getParent().resolve(".shaffof-cds"))) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.write(archive, archiveBytes);
    }

    @Test
    void theFirstBuildPrintsWhatABuildPrintsAndNothingOfTheJvm() {
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.out().startsWith("Built "), first.out());
        assertFalse(first.out().contains("[warning]") || first.err().contains("[warning]"), first.toString());
    }

    @Test
    void theNextBuildLoadsTheGeneratorsClassesFromTheArchive() throws Exception {
        Path log = dir.resolve("classes.log");
        Run r = run(Map.of("SHAFFOF_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "build", "--root",
                root.toString(), "--preview", "--cache", TestSite.SHARED_CACHE.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Built "), r.out());
        String loaded = Files.readString(log);
        for (String c : List.of("uz.shaffof.Main", "uz.shaffof.build.Build", "uz.shaffof.site.SiteGenerator",
                "uz.shaffof.gate.Gates")) {
            assertTrue(loaded.contains(c + " source: shared objects file (top)"), c + " from the archive:\n"
                    + loaded.lines().filter(l -> l.contains(c + " ")).toList());
        }
        assertEquals(List.of(archive), archives(), "the archive is kept as it was");
    }

    @Test
    void anArchiveCutShortIsNeverMappedButDeleted() throws Exception {
        Files.write(archive, Arrays.copyOf(archiveBytes, archiveBytes.length / 2));
        assertTranslitRuns();
        assertEquals(List.of(), archives(), "an archive of the wrong size is deleted; the next build makes one");
    }

    @Test
    void aDamagedArchiveIsRefusedAndTheCommandRunsWithoutIt() throws Exception {
        byte[] damaged = archiveBytes.clone();
        for (int i = damaged.length / 2; i < damaged.length / 2 + 64; i++) damaged[i] ^= 0x5A;
        Files.write(archive, damaged);
        assertTranslitRuns();
    }

    @Test
    void anArchiveOfAnotherJdkIsRefusedAndTheCommandRunsWithoutIt() throws Exception {
        // The archive names the JVM that made it in its header; another build of HotSpot refuses it.
        byte[] other = archiveBytes.clone();
        String version = System.getProperty("java.vm.version");
        int at = indexOf(other, version.getBytes(StandardCharsets.US_ASCII));
        assertTrue(at > 0 && at < 4096, "the header names the JVM " + version);
        other[at] = (byte) (other[at] == '9' ? '8' : '9');
        Files.write(archive, other);
        assertTranslitRuns();
    }

    @Test
    void aRebuiltJarMakesItsOwnArchiveAndTheOldOneIsDeleted() throws Exception {
        FileTime was = Files.getLastModifiedTime(jar);
        try {
            Files.setLastModifiedTime(jar, FileTime.fromMillis(was.toMillis() + 60_000));
            Run r = run(Map.of(), "check", "--root", root.toString(), "--cache", TestSite.SHARED_CACHE.toString());
            assertEquals(0, r.code(), r.toString());
            List<Path> now = archives();
            assertEquals(1, now.size(), now.toString());
            assertFalse(now.contains(archive), "the archive of the jar as it was is gone");
        } finally {
            Files.setLastModifiedTime(jar, was);
        }
    }

    @Test
    void aJvmThatRefusesTheSettingsRunsTheCommandWithoutThem() throws Exception {
        // A java that knows none of the launcher's options (-XX:..., -Xss, -Xlog) and otherwise is this one.
        Path home = dir.resolve("plain-jdk");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                for a in "$@"; do
                  case $a in -XX:* | -Xss* | -Xlog* | -Xshare*) echo "Unrecognized option: $a" >&2; exit 1 ;; esac
                done
                exec "%s" "$@"
                """.formatted(Path.of(System.getProperty("java.home"), "bin", "java")));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.delete(archive); // as on a first run

        Run translit = runWithInput(Map.of("JAVA_HOME", home.toString()), CYRILLIC, "translit", "--to", "latn");
        assertEquals(new Run(0, LATIN, ""), translit);
        Run check = run(Map.of("JAVA_HOME", home.toString()), "check", "--root", root.toString(), "--cache",
                TestSite.SHARED_CACHE.toString());
        assertEquals(0, check.code(), check.toString());
        assertEquals(List.of(), archives());
    }

    /**
     * A build runs with the serial collector, whose heap follows what is live (the default one grows towards a
     * quarter of the machine's memory), and with no maximum heap of the launcher's.
     */
    @Test
    void aBuildRunsWithTheCollectorWhoseHeapFollowsWhatIsLive() throws Exception {
        Path log = dir.resolve("serial-gc.log");
        Run r = run(Map.of("SHAFFOF_JAVA_OPTS", "-Xlog:gc:file=" + log), "check", "--root", root.toString(),
                "--cache", TestSite.SHARED_CACHE.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.readString(log).contains("Using Serial"), Files.readString(log));
    }

    /**
     * A collector the user chose, wherever the JVM reads it from, is the one used: the JVM refuses two, so the
     * launcher adds none of its own, and the command runs.
     */
    @Test
    void aCollectorTheUserChoseIsKeptAndTheCommandRuns() throws Exception {
        for (String variable : List.of("SHAFFOF_JAVA_OPTS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            Path log = dir.resolve("parallel-gc-" + variable + ".log");
            // The log through SHAFFOF_JAVA_OPTS: it comes after the launcher's own -Xlog settings, the others before.
            String logged = "-Xlog:gc:file=" + log;
            Map<String, String> env = variable.equals("SHAFFOF_JAVA_OPTS")
                    ? Map.of(variable, "-XX:+UseParallelGC " + logged)
                    : Map.of(variable, "-XX:+UseParallelGC", "SHAFFOF_JAVA_OPTS", logged);
            Run r = run(env, "check", "--root", root.toString(), "--cache", TestSite.SHARED_CACHE.toString());
            assertEquals(0, r.code(), variable + ": " + r);
            assertTrue(Files.readString(log).contains("Using Parallel"), variable + ": " + Files.readString(log));
        }
    }

    /** {@code translit} (a command that starts the JVM and prints) gives its output, exactly, and nothing else. */
    private static void assertTranslitRuns() throws Exception {
        assertEquals(new Run(0, LATIN, ""), runWithInput(Map.of(), CYRILLIC, "translit", "--to", "latn"));
    }

    private static List<Path> archives() throws IOException {
        Path cds = jar.getParent().resolve(".shaffof-cds");
        if (!Files.isDirectory(cds)) return List.of();
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    private static Run run(Map<String, String> env, String... args) throws Exception {
        return runWithInput(env, "", args);
    }

    /** Runs {@code sh shaffof args} with the test jar, {@code stdin} as its input; its status and output. */
    private static Run runWithInput(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("SHAFFOF_JAVA_OPTS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("SHAFFOF_JAR", jar.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A copy of {@code target/shaffof.jar} in {@code into}. */
    private static Path copyOfTheRunnableJar(Path into) throws IOException {
        Path built = Path.of("target", "shaffof.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(built), built + " is made by `package`, which runs before this test");
        return Files.copy(built, Files.createDirectories(into).resolve("shaffof.jar"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
