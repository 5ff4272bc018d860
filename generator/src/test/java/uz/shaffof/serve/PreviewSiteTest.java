package uz.shaffof.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.DeferredFile;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.output.OutputFile;

/**
 * A preview site with deferred files (the PNGs of newly drawn charts): a file is made when first asked for, the
 * server answers with it, and telling what changed never makes one and never misses a change.
 */
class PreviewSiteTest {
    private static final String PNG = "uz/charts/c/c.png";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static DeferredFile deferred(String key, String content, AtomicInteger made) {
        return new DeferredFile(PNG, key, () -> {
            made.incrementAndGet();
            return bytes(content);
        });
    }

    private static PreviewSite with(DeferredFile png) {
        return PreviewSite.of(new GeneratedFiles(List.of(OutputFile.text("uz/index.html", "page")), List.of(png)));
    }

    private static PreviewSite ready(String png) {
        return PreviewSite.of(List.of(OutputFile.text("uz/index.html", "page"), new OutputFile(PNG, bytes(png))));
    }

    @Test
    void aDeferredFileIsMadeWhenAskedForAndOnlyThen() {
        AtomicInteger made = new AtomicInteger();
        PreviewSite site = with(deferred("k1", "one", made));
        assertTrue(site.contains(PNG));
        assertEquals(2, site.size());
        assertEquals(0, made.get());
        assertArrayEquals(bytes("one"), site.get(PNG));
        assertArrayEquals(bytes("one"), site.get(PNG));
        assertEquals(1, made.get());
        assertNull(site.get("uz/charts/c/other.png"));
    }

    @Test
    void changesAreCountedWithoutMakingAnythingAndNeverMissed() {
        AtomicInteger made = new AtomicInteger();
        PreviewSite first = with(deferred("k1", "one", made));
        assertEquals(0, with(deferred("k1", "one", made)).changedSince(first), "the same key: the same bytes");
        assertEquals(1, with(deferred("k2", "two", made)).changedSince(first), "another key: changed");
        assertEquals(1, with(deferred("k1", "one", made)).changedSince(ready("one")),
                "not made yet, so not known to be the same: counted as changed");
        assertEquals(0, made.get(), "counting made nothing");

        PreviewSite madeOne = with(deferred("k3", "one", made));
        madeOne.get(PNG);
        assertEquals(0, madeOne.changedSince(ready("one")), "once made, its bytes are compared");
        assertEquals(1, madeOne.changedSince(ready("old")));
        assertEquals(0, ready("one").changedSince(madeOne));
        assertEquals(1, PreviewSite.of(List.of(OutputFile.text("uz/index.html", "page"))).changedSince(madeOne),
                "a deferred file that is gone counts as removed");
    }

    @Test
    void theServerAnswersADeferredFileByMakingItOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Preview preview = new Preview();
        try (PreviewServer server = PreviewServer.start(preview, 0)) {
            preview.succeeded(with(deferred("k1", "\u0089PNG drawn", made)));
            HttpResponse<byte[]> png = Http.get(server.uri(), "/" + PNG);
            assertEquals(200, png.statusCode());
            assertEquals("image/png", Http.header(png, "Content-Type"));
            assertArrayEquals(bytes("\u0089PNG drawn"), png.body());
            assertEquals(200, Http.request(server.uri(), "HEAD", "/" + PNG).statusCode());
            assertEquals(1, made.get());
        }
    }

    @Test
    void aDeferredFileThatCannotBeMadeIsAnErrorNotAnotherBuildsFile() throws Exception {
        Preview preview = new Preview();
        try (PreviewServer server = PreviewServer.start(preview, 0)) {
            preview.succeeded(ready("old"));
            preview.succeeded(with(new DeferredFile(PNG, "k9", () -> {
                throw new IllegalArgumentException("the SVG could not be parsed");
            })));
            HttpResponse<byte[]> png = Http.get(server.uri(), "/" + PNG);
            assertEquals(500, png.statusCode());
            String body = Http.text(png);
            assertTrue(body.contains("the SVG could not be parsed"), body);
            assertFalse(body.contains("old"), body);
        }
    }
}
