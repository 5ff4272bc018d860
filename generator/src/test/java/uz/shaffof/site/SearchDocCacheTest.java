package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;
import uz.shaffof.search.SearchDoc;

/**
 * What search read from a page pair is kept on disk and found by the pages' bytes by the next process, which then
 * parses neither page; a damaged entry is read again, never trusted; entries no build used are deleted.
 */
class SearchDocCacheTest {
    @TempDir
    Path dir;

    private static OutputFile page(String path, String main) {
        return OutputFile.text(path, "<!DOCTYPE html><html><head><title>t</title><meta name=\"description\" "
                + "content=\"d " + main + "\"></head><body><main><h1>" + main + "</h1><p>" + main
                + " matn</p><svg><text>2016</text></svg></main></body></html>");
    }

    private final OutputFile latn = page("uz/a/index.html", "Toshkent");
    private final OutputFile cyrl = page("oz/a/index.html", "Тошкент");

    /** One build in a new process (a new session) over the pair: its document, counting the pairs it read. */
    private SearchDoc build(OutputFile l, OutputFile c, AtomicInteger reads) {
        try (BuildSession session = new BuildSession(dir)) {
            SearchDocCache.Run run = session.startSearch();
            SearchDoc doc = session.searchDoc("a/", "region", l, c, run, () -> {
                reads.incrementAndGet();
                return SearchSection.read(l, c);
            });
            run.finish();
            return doc;
        }
    }

    private List<Path> entries() throws IOException {
        Path search = dir.resolve("search");
        if (!Files.isDirectory(search)) return List.of();
        try (Stream<Path> walk = Files.walk(search)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theNextProcessReadsNoPageWhoseBytesItHasReadBefore() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        SearchDoc first = build(latn, cyrl, reads);
        assertEquals(1, reads.get(), "a cold cache: the pair is read");
        assertEquals(1, entries().size());

        SearchDoc again = build(latn, cyrl, reads);
        assertEquals(1, reads.get(), "the same bytes in a new process: nothing is parsed");
        assertEquals(first, again);
        assertEquals(new SearchDoc("a/", "region", new SearchDoc.Face("Toshkent", "d Toshkent", "Toshkent matn"),
                new SearchDoc.Face("Тошкент", "d Тошкент", "Тошкент matn"), "Toshkent Toshkent matn 2016"), again);
    }

    @Test
    void aChangeInEitherEditionIsReadAgainAndTheOldEntryIsDeleted() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        build(latn, cyrl, reads);
        List<Path> before = entries();
        SearchDoc changed = build(latn, page("oz/a/index.html", "Тошкент шаҳри"), reads);
        assertEquals(2, reads.get());
        assertEquals("Тошкент шаҳри", changed.titleCyrl());
        List<Path> after = entries();
        assertEquals(1, after.size(), "only the entry this build used is kept");
        assertTrue(!after.equals(before), "the old pair's entry is gone");
    }

    @Test
    void aDamagedEntryIsReadAgainAndReplaced() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        SearchDoc fresh = build(latn, cyrl, reads);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        // The title's last byte, changed: the entry's checksum no longer matches its bytes.
        int at = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("Toshkent matn");
        bytes[at] = 'X';
        Files.write(entry, bytes);

        assertEquals(fresh, build(latn, cyrl, reads), "a damaged entry is never used");
        assertEquals(2, reads.get(), "the pair is read again");
        AtomicInteger later = new AtomicInteger();
        assertEquals(fresh, build(latn, cyrl, later));
        assertEquals(0, later.get(), "the entry was replaced by a sound one");
    }

    @Test
    void aTruncatedOrForeignEntryIsAMiss() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        SearchDoc fresh = build(latn, cyrl, reads);
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(bytes, bytes.length - 5));
        assertEquals(fresh, build(latn, cyrl, reads));
        assertEquals(2, reads.get(), "a torn entry is read again");

        Files.writeString(entries().get(0), "not an entry at all");
        assertEquals(fresh, build(latn, cyrl, reads));
        assertEquals(3, reads.get(), "a foreign file is read again");
    }

    @Test
    void entryBytesThatAreNotExactlyOneReadingDoNotDecode() {
        SearchDocCache.Reading r = new SearchDocCache.Reading(new SearchDoc.Face("a", "b", "c"),
                new SearchDoc.Face("а", "б", "ц"), "words");
        byte[] bytes = SearchDocCache.encode(r);
        assertEquals(r, SearchDocCache.decode(bytes));
        assertNull(SearchDocCache.decode(Arrays.copyOf(bytes, bytes.length - 1)), "cut short");
        assertNull(SearchDocCache.decode(Arrays.copyOf(bytes, bytes.length + 1)), "a byte left over");
        byte[] notUtf8 = bytes.clone();
        notUtf8[notUtf8.length - 1] = (byte) 0xFF;
        assertNull(SearchDocCache.decode(notUtf8), "text that is not UTF-8");
    }

    @Test
    void aSessionWithoutADirectoryKeepsNothingOnDisk() throws IOException {
        try (BuildSession session = new BuildSession()) {
            SearchSection.docs(List.of(), List.of(latn, cyrl), session);
        }
        assertEquals(List.of(), entries());
    }

    /**
     * A page pair is keyed by the SHA-256 each page carries (a page from the page cache has it): its bytes are not
     * read back from where they are stored, nor hashed again, and the key is the one its bytes give.
     */
    @Test
    void keysAPairByTheDigestsItsPagesCarryWithoutReadingThem() throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        // Stored under a directory where they are not: reading their bytes would fail.
        Path nowhere = dir.resolve("not-written");
        OutputFile latnKnown = OutputFile.withSha256(latn.path(), latn.bytes(), sha.digest(latn.bytes()))
                .storedUnder(nowhere);
        OutputFile cyrlKnown = OutputFile.withSha256(cyrl.path(), cyrl.bytes(), sha.digest(cyrl.bytes()))
                .storedUnder(nowhere);
        SearchDocCache.Run run = SearchDocCache.onDisk(dir.resolve("search")).start();
        assertEquals(run.key(latn, cyrl), run.key(latnKnown, cyrlKnown));
        assertTrue(!run.key(latn, cyrl).equals(run.key(cyrl, latn)), "the editions are not interchangeable");
    }
}
