package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uz.shaffof.Main;

/**
 * {@code shaffof translit} as a user runs it, in a JVM of its own with a 64 MB heap, on {@value #MIB} MiB of text
 * piped through: memory does not grow with the input. (Before, the whole input was one string, several times its
 * size in heap: an OutOfMemoryError here.)
 */
class TranslitStreamingIT {
    static final int MIB = 100;
    /** A block of prose that ends a sentence and a line, so the blocks convert as the whole does. */
    static final String BLOCK = "Тошкент шаҳри ва Андижон вилояти ҳисоботи, 2024 йил. ЎЗБЕКИСТОН РЕСПУБЛИКАСИ "
            + "маълумотлари https://my.gov.uz/uz/x ва Ўзбекистон.\n";

    @Test
    void convertsMoreThanTheHeapInBoundedMemory() throws Exception {
        convertsInBoundedMemory(BLOCK);
    }

    /** One line of {@value #MIB} MiB, words and spaces with no line break: cut at white space. */
    @Test
    void convertsALineLongerThanTheHeap() throws Exception {
        convertsInBoundedMemory(BLOCK.replace("\n", " "));
    }

    /** Pipes {@code text} {@value #MIB} MiB over into the command and checks what comes out. */
    private static void convertsInBoundedMemory(String text) throws Exception {
        byte[] block = text.getBytes(StandardCharsets.UTF_8);
        long blocks = (MIB * 1024L * 1024L) / block.length;
        byte[] converted = Transliterator.standard().toLatin(text).getBytes(StandardCharsets.UTF_8);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "translit", "--to", "latn", "--glossary", ProjectGlossary.path().toAbsolutePath().toString())
                .start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(child.getErrorStream()));
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = child.getOutputStream()) {
                for (long k = 0; k < blocks; k++) {
                    in.write(block);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        long outBytes = 0;
        byte[] head = new byte[converted.length];
        int headFilled = 0;
        byte[] chunk = new byte[1 << 16];
        try (InputStream out = child.getInputStream()) {
            for (int n = out.read(chunk); n >= 0; n = out.read(chunk)) {
                int take = Math.min(n, head.length - headFilled);
                System.arraycopy(chunk, 0, head, headFilled, take);
                headFilled += take;
                outBytes += n;
            }
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "translit did not end");
        String stderr = new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), stderr);
        assertEquals("", stderr);
        feed.get(10, TimeUnit.SECONDS);
        assertArrayEquals(converted, Arrays.copyOf(head, headFilled));
        assertEquals(blocks * converted.length, outBytes);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
