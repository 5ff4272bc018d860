package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;

/** The digest a page from the page cache carries is the SHA-256 of its bytes, rendered, reused or damaged. */
class PageCacheTest {
    @TempDir
    Path dir;

    record Body(String text) {}

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static OutputFile page(PageCache cache, String text) {
        PageCache.Run run = cache.startWith("templates");
        OutputFile page = run.page("uz/a/index.html", "page.ftlh", null, new Body(text), () -> "<p>" + text + "</p>");
        run.finish();
        return page;
    }

    @Test
    void aPageCarriesTheDigestOfItsBytesWhetherRenderedOrReused() throws Exception {
        PageCache cache = PageCache.onDisk(dir);
        byte[] expected = "<p>a</p>".getBytes(StandardCharsets.UTF_8);
        OutputFile rendered = page(cache, "a");
        assertArrayEquals(expected, rendered.bytes());
        assertArrayEquals(sha256(expected), rendered.sha256());
        OutputFile reused = page(PageCache.onDisk(dir), "a");
        assertArrayEquals(expected, reused.bytes());
        assertArrayEquals(sha256(expected), reused.sha256());
    }

    @Test
    void aDamagedEntryIsRenderedAgainWithTheDigestOfWhatWasRendered() throws Exception {
        page(PageCache.onDisk(dir), "a");
        Path entry;
        try (Stream<Path> walk = Files.walk(dir)) {
            entry = walk.filter(p -> p.toString().endsWith(".page")).findFirst().orElseThrow();
        }
        byte[] damaged = Files.readAllBytes(entry);
        damaged[damaged.length - 2] ^= 1;
        Files.write(entry, damaged);
        OutputFile again = page(PageCache.onDisk(dir), "a");
        assertEquals("<p>a</p>", again.text());
        assertArrayEquals(sha256(again.bytes()), again.sha256());
    }
}
