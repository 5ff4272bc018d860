package uz.shaffof.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    /** 1980-01-01T00:00:00Z, the earliest time the zip format can store; chosen because it means "no time". */
    private static final FileTime FIXED = FileTime.fromMillis(315_532_800_000L);

    private StableZip() {}

    /** The zip of these entries (name to bytes), sorted by name. */
    public static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FIXED);
                entry.setTime(FIXED.toMillis());
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
