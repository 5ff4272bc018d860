package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;
import uz.shaffof.site.PageCache;

/** Two builds of the same content give the same bytes, whatever the zone, locale or file creation order. */
class DeterminismTest {
    @TempDir
    Path dir;

    static Map<String, String> digests(Iterable<OutputFile> files) {
        Map<String, String> m = new TreeMap<>();
        for (OutputFile f : files) m.put(f.path(), sha256(f.bytes()));
        return m;
    }

    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoBuildsInOneProcessAreByteIdentical() {
        // Both render every page: with the page cache, the second would only repeat the first's bytes.
        var a = digests(Build.create(ProjectFixture.realProject(), PageCache.none()).generate().files());
        var b = digests(Build.create(ProjectFixture.realProject(), PageCache.none()).generate().files());
        assertEquals(a, b);
    }

    @Test
    void aBuildWithAColdChartCacheEqualsOneWithAWarmCache() {
        var warm = digests(Build.create(ProjectFixture.realProject()).generate().files());
        var cold = digests(Build.create(ProjectFixture.realProject().withCache(dir.resolve("cold-cache"))).generate().files());
        assertEquals(warm, cold);
    }

    @Test
    void anotherZoneLocaleAndFileOrderGiveTheSameBytes() throws Exception {
        BuildOptions reversed = ProjectFixture.copy(dir.resolve("project"), true);
        var here = digests(Build.create(reversed.withOut(dir.resolve("a"))).run().files());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Duser.timezone=Asia/Tashkent", "-Duser.language=tr",
                "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"),
                "uz.shaffof.Main", "build", "--preview", "--root", dir.resolve("project").toString(), "--out",
                dir.resolve("b").toString(), "--cache", reversed.cache().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child build timed out");
        assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
        assertEquals(here, digests(dir.resolve("b")));
        assertEquals(here, digests(dir.resolve("a")));
    }
}
