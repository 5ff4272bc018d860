package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;

/**
 * The dataset files of the last build are found by their inputs' key in the next process, which then writes none;
 * a damaged or foreign entry is written again, never trusted; only the last key's entry is kept.
 */
class DataFileCacheTest {
    @TempDir
    Path dir;

    private static final String KEY = "a".repeat(64);
    private static final List<OutputFile> FILES = List.of(OutputFile.text("uz/data/x.csv", "region,value\nUZ-AN,1\n"),
            new OutputFile("data/shaffof-data.zip", new byte[] {80, 75, 5, 6, 0}));

    private List<OutputFile> files(String key, AtomicInteger made) {
        return DataFileCache.onDisk(dir).files(key, () -> {
            made.incrementAndGet();
            return FILES;
        });
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theSameKeyInTheNextProcessWritesNothing() {
        AtomicInteger made = new AtomicInteger();
        assertEquals(FILES, files(KEY, made));
        assertEquals(FILES, files(KEY, made));
        assertEquals(1, made.get(), "the second process reads the files of the first");
    }

    @Test
    void anotherKeyWritesTheFilesAgainAndOnlyItsEntryIsKept() throws IOException {
        AtomicInteger made = new AtomicInteger();
        files(KEY, made);
        files("b".repeat(64), made);
        assertEquals(2, made.get());
        assertEquals(1, entries().size());
    }

    @Test
    void aDamagedEntryIsWrittenAgain() throws IOException {
        AtomicInteger made = new AtomicInteger();
        files(KEY, made);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 2] ^= 1;
        Files.write(entry, bytes);
        assertEquals(FILES, files(KEY, made));
        assertEquals(2, made.get(), "a damaged entry is never used");
        assertEquals(FILES, files(KEY, made));
        assertEquals(2, made.get(), "and it was replaced by a sound one");
    }

    @Test
    void entryBytesThatAreNotExactlyAListOfPublishableFilesDoNotDecode() {
        byte[] bytes = DataFileCache.encode(FILES);
        assertEquals(FILES, DataFileCache.decode(bytes));
        assertNull(DataFileCache.decode(Arrays.copyOf(bytes, bytes.length - 1)), "cut short");
        assertNull(DataFileCache.decode(Arrays.copyOf(bytes, bytes.length + 1)), "a byte left over");
        assertNull(DataFileCache.decode(new uz.shaffof.cache.EntryBytes.Writer().count(1).string("../etc/passwd")
                .bytes(new byte[0]).toByteArray()), "a path outside the site");
    }

    @Test
    void withoutADirectoryNothingIsKept() {
        AtomicInteger made = new AtomicInteger();
        DataFileCache.none().files(KEY, () -> {
            made.incrementAndGet();
            return FILES;
        });
        DataFileCache.none().files(KEY, () -> {
            made.incrementAndGet();
            return FILES;
        });
        assertEquals(2, made.get());
    }
}
