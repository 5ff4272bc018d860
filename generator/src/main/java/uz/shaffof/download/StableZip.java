package uz.shaffof.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend on its entries only: entries in name order, every entry time the same fixed
 * instant (a zip stores the writer's clock otherwise), no comment and no extra fields, default deflate level.
 *
 * <pre><code>StableZip.write(Map.of("uz/data/portal.csv", csvBytes, "README.txt", readme))</code></pre>
 */
public final class StableZip {
    /**
     * 1980-01-02 00:00, near the earliest time the zip format can store; chosen because it means "no time". Set as
     * a local date-time: a zip stores local time, and {@link ZipEntry#setTime} would convert through the machine's
     * time zone. Not 1980-01-01 00:00 itself: for that the JDK adds an extended timestamp in UTC seconds, computed
     * through the machine's time zone, so the bytes would depend on it.
     */
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 2, 0, 0);

    private StableZip() {}

    /** The zip of these entries (name to bytes), sorted by name. */
    public static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(FIXED);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip in memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * The same archive re-written stably, each entry's bytes passed through {@code rewrite} (given the entry name);
     * for archives a library writes with the clock inside (an XLSX's creation time). The archive is read through
     * its central directory (a temporary file), since streaming writers such as fastexcel's leave sizes out of the
     * local headers, which {@link java.util.zip.ZipInputStream} cannot read.
     */
    static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte[]> rewrite) {
        Map<String, byte[]> entries = new TreeMap<>();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("shaffof-", ".zip");
            Files.write(tmp, zip);
            try (ZipFile in = new ZipFile(tmp.toFile())) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    try (InputStream s = in.getInputStream(e)) {
                        entries.put(e.getName(), rewrite.apply(e.getName(), s.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("re-reading a zip written in memory failed", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A temporary file left behind harms no output; the system's temp cleaner takes it.
                }
            }
        }
        return write(entries);
    }
}
