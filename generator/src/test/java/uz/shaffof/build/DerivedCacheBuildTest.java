package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.gate.Gates;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.site.PageCache;

/**
 * A build that takes what it derives from unchanged pages and figures (search documents, dataset downloads) from the
 * cache of the build before publishes exactly the files of a build that keeps no cache at all, also when every
 * cache entry is damaged, and after an edit of the figures.
 */
class DerivedCacheBuildTest {
    private static final Gates NO_GATES = new Gates(List.of());

    @TempDir
    Path dir;

    private static Map<String, byte[]> build(BuildOptions options, Path cache) {
        PageCache pages = cache == null ? PageCache.none() : PageCache.onDisk(cache.resolve("pages"));
        return IncrementalBuildTest.byPath(Build.create(options, NO_GATES, pages, cache).generate().files());
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        List<String> differ = new ArrayList<>();
        for (String p : expected.keySet()) if (!java.util.Arrays.equals(expected.get(p), actual.get(p))) differ.add(p);
        assertEquals(List.of(), differ, "files that differ from a build without caches");
    }

    @Test
    void aBuildFromTheCacheOfTheOneBeforeMakesTheFilesOfABuildWithoutCaches() throws IOException {
        BuildOptions options = IncrementalBuildTest.SITE.write(dir.resolve("site"));
        Path cache = dir.resolve("cache");
        Map<String, byte[]> clean = build(options, null);

        assertSameFiles(clean, build(options, cache));
        Path search = cache.resolve("search");
        Path datasets = cache.resolve("datasets");
        assertFalse(entries(search).isEmpty(), "the first build keeps what search read");
        assertEquals(1, entries(datasets).size(), "and its dataset files");
        assertSameFiles(clean, build(options, cache));

        for (Path entry : Stream.concat(entries(search).stream(), entries(datasets).stream()).toList()) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 1] ^= 0x20; // the last byte of the entry: its checksum no longer holds
            Files.write(entry, bytes);
        }
        assertSameFiles(clean, build(options, cache));
    }

    @Test
    void anEditedFigureIsInTheDatasetsOfTheNextBuild() throws IOException {
        BuildOptions options = IncrementalBuildTest.SITE.write(dir.resolve("site"));
        Path cache = dir.resolve("cache");
        build(options, cache);
        Path users = options.root().resolve("content/indicators/users.json");
        Files.writeString(users, Files.readString(users).replace("\"value\": 20751", "\"value\": 20753"));
        Map<String, byte[]> edited = build(options, cache);
        assertSameFiles(build(options, null), edited);
        assertEquals(1, entries(cache.resolve("datasets")).size(), "only the last build's entry is kept");
    }
}
