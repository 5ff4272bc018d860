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
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.testsite.RealSite;
import uz.shaffof.site.PageCache;
import uz.shaffof.testsite.TestSite;

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
            // The publisher's marker is not a file of the build: it is the same in every published site.
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(root.resolve(uz.shaffof.output.AtomicPublisher.MARKER))).toList()) {
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
        var a = digests(RealSite.files().values());
        var b = digests(RealSite.filesOfASecondBuild().values());
        assertEquals(a, b);
    }

    /** One chart of each kind, over two years, so that each kind's drawing goes through the chart cache. */
    private static final TestSite CHART_KINDS = TestSite.fixture("minimal").with("content/indicators/users.json", """
            {
              "id": "users",
              "title": "Фойдаланувчилар",
              "definition": "Фойдаланувчилар сони.",
              "methodology": "Ҳисоботдан.",
              "unit": "person",
              "better": "higher",
              "topic": "connectivity",
              "observations": [
                {"region": "UZ-AN", "year": 2015, "value": 80, "source": {"id": "src-a", "locator": "1-бўлим"}},
                {"region": "UZ-AN", "year": 2016, "value": 100, "source": {"id": "src-a", "locator": "1-бўлим"}}
              ]
            }
            """).with("content/charts/users-bar.json", """
            {"id": "users-bar", "title": "Фойдаланувчилар", "dataset": "users", "kind": "bar", "regions": ["UZ-AN"], "years": [2015, 2016]}
            """).with("content/charts/users-line.json", """
            {"id": "users-line", "title": "Фойдаланувчилар", "dataset": "users", "kind": "line", "regions": ["UZ-AN"], "years": [2015, 2016]}
            """).with("content/charts/users-map.json", """
            {"id": "users-map", "title": "Фойдаланувчилар", "dataset": "users", "kind": "tile-map", "regions": [], "years": [2016]}
            """);

    @Test
    void aBuildWithAColdChartCacheEqualsOneWithAWarmCache() {
        BuildOptions options = CHART_KINDS.write(dir).withCache(dir.resolve("chart-cache"));
        var cold = Build.create(options, PageCache.none()).generate();
        var warm = Build.create(options, PageCache.none()).generate();
        assertTrue(cold.files().stream().anyMatch(f -> f.path().startsWith("uz/charts/users-map/")), "the charts were drawn");
        assertEquals(digests(cold.files()), digests(warm.files()));
    }

    /**
     * The real site built in another process, with another zone, locale and default encoding, from a copy of the
     * project written in the reverse order of files, and published: the same bytes as the real site built here. The
     * child renders every page itself (a page cache of its own); only the charts come from the project's cache, which
     * the build here filled (a chart is drawn from its data alone, so its bytes do not depend on the locale).
     */
    @Test
    void anotherZoneLocaleAndFileOrderGiveTheSameBytes() throws Exception {
        var here = digests(RealSite.files().values());
        Path project = ProjectFixture.copy(dir.resolve("project"), true).root();
        Path cache = dir.resolve("child-cache");
        copyTree(RealSite.options().cache().resolve("charts"), cache.resolve("charts"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Duser.timezone=Asia/Tashkent", "-Duser.language=tr",
                "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"),
                "uz.shaffof.Main", "build", "--preview", "--root", project.toString(), "--out", dir.resolve("b").toString(),
                "--cache", cache.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(180, TimeUnit.SECONDS), "child build timed out");
        assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
        assertTrue(Files.readString(dir.resolve("child.log")).contains("(rendered " + RealSite.pagesPerEdition().values()
                .stream().mapToInt(Integer::intValue).sum() + " of "), "the child renders every page itself: "
                + Files.readString(dir.resolve("child.log")));
        assertEquals(here, digests(dir.resolve("b")));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
