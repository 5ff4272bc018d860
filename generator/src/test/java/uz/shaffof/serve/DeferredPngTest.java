package uz.shaffof.serve;

import uz.shaffof.pipeline.BuildListener;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.chart.PngRenderer;
import uz.shaffof.output.DeferredFile;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.testsite.TestSite;

/**
 * On the smallest test site: after an edit of an indicator's value, the preview is handed the site before the
 * link-preview PNGs of the redrawn charts exist (so the reload does not wait for them); a PNG asked for then is the
 * very one the build publishes, the rasterised SVG of this build, never the PNG of an earlier value.
 */
class DeferredPngTest {
    static final String INDICATOR = "content/indicators/users.json";

    @TempDir
    static Path dir;
    static Path project;
    static PreviewBuild build;

    @BeforeAll
    static void writeTheSite() throws IOException {
        project = TestSite.fixture("minimal").write(dir).root();
        // A chart cache of its own, seeded from the test sites' shared one (where the site's charts usually are
        // already): the values written here are never cached before this test, and the shared cache does not
        // collect them.
        Path cache = dir.resolve("cache");
        Path shared = TestSite.SHARED_CACHE.resolve("charts");
        if (Files.isDirectory(shared)) copyTree(shared, cache.resolve("charts"));
        build = new PreviewBuild(BuildOptions.forProject(project).withCache(cache));
    }

    @AfterAll
    static void stop() {
        build.close();
    }

    private static void copyTree(Path src, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path t = target.resolve(src.relativize(f).toString());
                Files.createDirectories(t.getParent());
                Files.copy(f, t);
            }
        }
    }

    /** One build, with what the preview was handed before the gates (and whether any deferred file was made then). */
    private record Seen(GeneratedFiles handed, boolean anyMadeWhenHanded, PreviewSite shown, BuildResult result) {}

    private static Seen buildWithValue(String value) throws IOException {
        Path file = project.resolve(INDICATOR);
        String edited = Files.readString(file).replaceFirst("\"value\": \\d+,", "\"value\": " + value + ",");
        assertTrue(edited.contains("\"value\": " + value + ","), "the test edits the first observation's value");
        Files.writeString(file, edited);
        AtomicReference<GeneratedFiles> handed = new AtomicReference<>();
        AtomicReference<Boolean> anyMade = new AtomicReference<>();
        BuildResult result = build.build(new BuildListener() {
            @Override
            public void stage(String name, int index, int count) {}

            @Override
            public void generated(GeneratedFiles files) {
                handed.set(files);
                anyMade.set(files.deferred().stream().anyMatch(DeferredFile::isDone));
            }
        });
        assertNotNull(handed.get(), "the preview is handed the files before the gates");
        return new Seen(handed.get(), anyMade.get(), PreviewSite.of(handed.get()), result);
    }

    private static Map<String, byte[]> byPath(BuildResult r) {
        return RealProjectServeIT.byPath(r.files());
    }

    /** The chart's SVG as the build publishes it beside the PNG, without the XML declaration. */
    private static String svgBeside(Map<String, byte[]> files, String png) {
        String doc = new String(files.get(png.replaceFirst("\\.png$", ".svg")), StandardCharsets.UTF_8);
        assertTrue(doc.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") && doc.endsWith("\n"));
        return doc.substring(doc.indexOf('\n') + 1, doc.length() - 1);
    }

    @Test
    void theReloadDoesNotWaitForNewPngsAndNeverShowsAStaleOne() throws IOException {
        buildWithValue("100"); // the start: every PNG made and cached

        Seen first = buildWithValue("123457");
        List<DeferredFile> deferred = first.handed().deferred();
        assertFalse(deferred.isEmpty(), "the edited indicator's charts were drawn, their PNGs deferred");
        assertFalse(first.anyMadeWhenHanded(), "no PNG was drawn before the preview had the site");
        // A chart's PNG beside its SVG, or a page's link-preview card (preview.png) that shows the edited figure.
        List<DeferredFile> charts = deferred.stream().filter(d -> d.path().matches("(uz|oz)/charts/([a-z0-9-]+)/\\2\\.png"))
                .toList();
        for (DeferredFile d : deferred) {
            assertTrue(charts.contains(d) || d.path().matches("(uz|oz)/([a-z0-9-]+/)*preview\\.png"), d.path());
        }
        assertTrue(charts.stream().anyMatch(d -> d.path().startsWith("uz/"))
                && charts.stream().anyMatch(d -> d.path().startsWith("oz/")), "both editions");

        Map<String, byte[]> published = byPath(first.result());
        for (DeferredFile d : deferred) {
            assertArrayEquals(published.get(d.path()), first.shown().get(d.path()), "the preview serves what the build publishes");
        }
        for (DeferredFile d : charts) {
            byte[] served = first.shown().get(d.path());
            assertArrayEquals(published.get(d.path()), served, "the preview serves what the build publishes");
            assertArrayEquals(PngRenderer.png(svgBeside(published, d.path()), PngRenderer.OG_WIDTH,
                    PngRenderer.OG_HEIGHT), served, "the PNG of this build's SVG");
        }

        Seen second = buildWithValue("5");
        Map<String, byte[]> republished = byPath(second.result());
        for (DeferredFile d : charts) {
            assertNotEquals(svgBeside(published, d.path()), svgBeside(republished, d.path()), "the chart changed");
            byte[] served = second.shown().get(d.path());
            assertNotNull(served, d.path());
            assertArrayEquals(PngRenderer.png(svgBeside(republished, d.path()), PngRenderer.OG_WIDTH,
                    PngRenderer.OG_HEIGHT), served, "after another edit: that edit's PNG, not the last one");
            assertArrayEquals(republished.get(d.path()), served);
        }

        Seen back = buildWithValue("123457");
        assertTrue(back.handed().deferred().isEmpty(), "a value drawn before: its PNGs come from the cache at once");
        for (DeferredFile d : deferred) assertArrayEquals(published.get(d.path()), back.shown().get(d.path()));
    }
}
