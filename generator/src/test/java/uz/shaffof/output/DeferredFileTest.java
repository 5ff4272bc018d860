package uz.shaffof.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A deferred file is made once, by whichever thread asks first, and every caller gets those bytes or that failure. */
class DeferredFileTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void isMadeOnceWhateverTheNumberOfThreadsAsking() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DeferredFile png = new DeferredFile("uz/charts/c/c.png", "k1", () -> {
            made.incrementAndGet();
            started.countDown();
            release.await();
            return bytes("png");
        });
        assertNull(png.bytesIfMade(), "not made before anyone asks");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<OutputFile>> asks = new ArrayList<>();
            for (int i = 0; i < 4; i++) asks.add(pool.submit(png::file));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertFalse(png.isDone(), "the others wait while one thread makes it");
            release.countDown();
            for (Future<OutputFile> f : asks) {
                assertEquals(new OutputFile("uz/charts/c/c.png", bytes("png")), f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, made.get());
        assertArrayEquals(bytes("png"), png.bytesIfMade());
        png.file();
        assertEquals(1, made.get(), "asking again does not make it again");
    }

    @Test
    void aFailureReachesEveryCallerAndIsNotRetried() {
        AtomicInteger made = new AtomicInteger();
        IllegalArgumentException failure = new IllegalArgumentException("the SVG could not be parsed");
        DeferredFile png = new DeferredFile("uz/charts/c/c.png", "k1", () -> {
            made.incrementAndGet();
            throw failure;
        });
        assertSame(failure, assertThrows(IllegalArgumentException.class, png::file));
        assertSame(failure, assertThrows(IllegalArgumentException.class, png::file));
        assertEquals(1, made.get());
        assertTrue(png.isDone());
        assertNull(png.bytesIfMade(), "a failure has no bytes");
    }

    @Test
    void anUnsafePathIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new DeferredFile("../x.png", "k", () -> new byte[0]));
    }

    @Test
    void completeMakesTheDeferredFilesAndSortsEverything() {
        AtomicInteger made = new AtomicInteger();
        DeferredFile b = new DeferredFile("b.png", "kb", () -> {
            made.incrementAndGet();
            return bytes("B");
        });
        GeneratedFiles files = new GeneratedFiles(List.of(OutputFile.text("a.txt", "a"), OutputFile.text("c.txt", "c")),
                List.of(b));
        assertEquals(List.of(OutputFile.text("a.txt", "a"), new OutputFile("b.png", bytes("B")),
                OutputFile.text("c.txt", "c")), files.complete());
        files.complete();
        assertEquals(1, made.get(), "a made file is not made again");
        assertEquals(List.of(OutputFile.text("a.txt", "a")), GeneratedFiles.of(List.of(OutputFile.text("a.txt", "a"))).complete());
    }

    @Test
    void aPathIsEitherReadyOrDeferredNeverBoth() {
        DeferredFile a = new DeferredFile("a.png", "k", () -> bytes("x"));
        assertThrows(IllegalArgumentException.class,
                () -> new GeneratedFiles(List.of(new OutputFile("a.png", bytes("y"))), List.of(a)));
    }
}
