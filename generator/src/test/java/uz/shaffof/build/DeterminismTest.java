package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.site.PageCache;
import uz.shaffof.testsite.TestSite;

/**
 * Two builds of the same content give the same bytes, with the chart cache cold or warm. The real site in two builds,
 * and in another process with another zone, locale and file order: {@link RealSiteDeterminismIT}.
 */
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

}
