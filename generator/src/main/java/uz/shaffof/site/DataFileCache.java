package uz.shaffof.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import uz.shaffof.cache.CacheEntries;
import uz.shaffof.cache.EntryBytes;
import uz.shaffof.output.OutputFile;
import uz.shaffof.output.SitePaths;

/**
 * The dataset downloads (every dataset as CSV, JSON and XLSX in each edition, the column glossary, the zip of all),
 * kept between builds under the key {@link DataSection#filesKey} gives them: the SHA-256 of everything their bytes
 * are made from (each edition's datasets and glossary, and the code and libraries that write them). A build whose
 * datasets did not change writes no spreadsheet and no zip: it reads the files of the build before.
 *
 * <p>On disk ({@link #onDisk}: {@code build}, under {@code .shaffof-cache/datasets/}) the entry is a
 * {@link CacheEntries} entry: a torn, damaged or foreign one (another format, another key, bytes that are not
 * exactly a list of files with publishable paths) is a miss, and the files are written again. Only the entry of
 * the last build is kept. {@link #none()} keeps nothing. Thread-safe.
 */
final class DataFileCache {
    /** Bump when the entry bytes or the way keys are made change. */
    static final String FORMAT = "shaffof-datasets 1";
    /** Far more files than any site's datasets make: an entry that says more is not one of ours. */
    private static final int MAX_FILES = 1_000_000;

    private final CacheEntries entries;

    private DataFileCache(CacheEntries entries) {
        this.entries = entries;
    }

    static DataFileCache none() {
        return new DataFileCache(null);
    }

    static DataFileCache onDisk(Path dir) {
        return new DataFileCache(new CacheEntries(Objects.requireNonNull(dir, "dir"), FORMAT, "datasets"));
    }

    /** Whether a key is worth making: false when nothing is kept. */
    boolean keeps() {
        return entries != null;
    }

    /**
     * The files stored under {@code key}, else {@code make}'s, stored under it; a null key (nothing kept, or inputs
     * without a canonical form) always makes them.
     */
    List<OutputFile> files(String key, Supplier<List<OutputFile>> make) {
        if (entries == null || key == null) return make.get();
        byte[] bytes = entries.read(key);
        List<OutputFile> found = bytes == null ? null : decode(bytes);
        if (found == null) {
            found = make.get();
            entries.write(key, encode(found));
        }
        entries.keepOnly(Set.of(key));
        return found;
    }

    static byte[] encode(List<OutputFile> files) {
        EntryBytes.Writer out = new EntryBytes.Writer().count(files.size());
        for (OutputFile f : files) out.string(f.path()).bytes(f.bytes());
        return out.toByteArray();
    }

    /** The files {@link #encode} wrote, or null when {@code bytes} are not exactly such a list. */
    static List<OutputFile> decode(byte[] bytes) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(bytes);
            int n = in.count(MAX_FILES);
            List<OutputFile> files = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String path = in.string();
                if (SitePaths.whyUnsafe(path) != null) return null;
                files.add(new OutputFile(path, in.bytes()));
            }
            return in.atEnd() ? List.copyOf(files) : null;
        } catch (EntryBytes.Malformed e) {
            return null;
        }
    }
}
