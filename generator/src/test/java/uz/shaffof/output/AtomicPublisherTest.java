package uz.shaffof.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicPublisherTest {
    @TempDir
    Path dir;

    static List<OutputFile> site(String version, int pages) {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            files.add(OutputFile.text("uz/p" + i + "/index.html", "<p>" + version + " page " + i + "</p>".repeat(20)));
        }
        files.add(OutputFile.text("index.html", version));
        return files;
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(root)) return m;
        try (Stream<Path> walk = Files.walk(root)) {
            // The marker is the publisher's, not the site's: its own tests look at it.
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(AtomicPublisher.MARKER)).toList()) {
                m.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return m;
    }

    private List<String> strays() throws IOException {
        return strays(dir);
    }

    /** What a publish into {@code dir} left beside the site that it should not have. */
    static List<String> strays(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            // The lock file stays on purpose (see OutputLock); staging and old sites must not.
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site."))
                    .filter(n -> !n.equals(".site.lock")).sorted().toList();
        }
    }

    @Test
    void publishesIntoAFreshDirectoryAndReplacesAnOldSiteWhole() throws IOException {
        Path out = dir.resolve("site");
        AtomicPublisher p = new AtomicPublisher(out);
        p.publish(site("v1", 30));
        Files.writeString(out.resolve("stale.html"), "left over from an old build");
        p.publish(site("v2", 10));
        Map<String, String> now = snapshot(out);
        assertEquals("v2", now.get("index.html"));
        assertFalse(now.containsKey("stale.html"), "files of the old site must not survive");
        assertEquals(11, now.size());
        assertTrue(Files.isRegularFile(out.resolve(AtomicPublisher.MARKER)), "every published site is marked as ours");
        assertEquals(List.of(), strays());
    }

    /** A collection that fails while being written, at the k-th file: an exception at a random page. */
    static final class FailingAt extends AbstractCollection<OutputFile> {
        private final List<OutputFile> files;
        private final int k;

        FailingAt(List<OutputFile> files, int k) {
            this.files = files;
            this.k = k;
        }

        @Override
        public Iterator<OutputFile> iterator() {
            Iterator<OutputFile> it = files.iterator();
            return new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public OutputFile next() {
                    if (i++ == k) throw new IllegalStateException("injected fault at file " + k);
                    return it.next();
                }
            };
        }

        @Override
        public int size() {
            return files.size();
        }
    }

    @Test
    void replacingALargeSiteDeletesTheOldOneWholeWithoutFollowingLinksOutOfIt() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not the site's");
        Path out = dir.resolve("site");
        AtomicPublisher p = new AtomicPublisher(out);
        p.publish(site("v1", 700)); // enough files to be deleted on several threads
        Files.createSymbolicLink(out.resolve("uz/p3/link-to-outside"), outside);
        Files.createSymbolicLink(out.resolve("file-link"), outside.resolve("keep.txt"));
        p.publish(site("v2", 5));
        assertEquals(6, snapshot(out).size());
        assertEquals(List.of(), strays(), "the old site is deleted");
        assertEquals("not the site's", Files.readString(outside.resolve("keep.txt")), "links are not followed");
    }

    private static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void anUnchangedFileIsLinkedToThePublishedOneAndAChangedOneWrittenAfresh() throws IOException {
        Path out = dir.resolve("site");
        AtomicPublisher p = new AtomicPublisher(out);
        p.publish(List.of(OutputFile.text("same.html", "unchanged"), OutputFile.text("uz/changed.html", "old"),
                OutputFile.text("uz/resized.html", "short")));
        Object same = inode(out.resolve("same.html"));
        Object changed = inode(out.resolve("uz/changed.html"));
        Object resized = inode(out.resolve("uz/resized.html"));
        p.publish(List.of(OutputFile.text("same.html", "unchanged"), OutputFile.text("uz/changed.html", "new"),
                OutputFile.text("uz/resized.html", "much longer"), OutputFile.text("added.html", "added")));
        assertEquals(Map.of("same.html", "unchanged", "uz/changed.html", "new", "uz/resized.html", "much longer",
                "added.html", "added"), snapshot(out));
        assertEquals(same, inode(out.resolve("same.html")), "the unchanged file is the published one, linked");
        assertNotEquals(changed, inode(out.resolve("uz/changed.html")), "same size, other bytes: written afresh");
        assertNotEquals(resized, inode(out.resolve("uz/resized.html")));
        assertEquals(1, Files.getAttribute(out.resolve("same.html"), "unix:nlink"), "the old site's link is gone");
        assertEquals(List.of(), strays());
    }

    /**
     * The files of a publish written one after another, in this order: {@link AtomicPublisher#publish} writes a
     * collection's parallel stream, and this one is sequential, so that "linked first, then the same path again" is
     * what happens, not what may happen.
     */
    static final class InOrder extends AbstractCollection<OutputFile> {
        private final Collection<OutputFile> files;

        InOrder(Collection<OutputFile> files) {
            this.files = files;
        }

        InOrder(OutputFile... files) {
            this(List.of(files));
        }

        @Override
        public Iterator<OutputFile> iterator() {
            return files.iterator();
        }

        @Override
        public int size() {
            return files.size();
        }

        @Override
        public Stream<OutputFile> parallelStream() {
            return stream();
        }
    }

    @Test
    void stagingALinkedPathAgainOrFailingNeverChangesThePublishedFile() throws IOException {
        Path out = dir.resolve("site");
        AtomicPublisher p = new AtomicPublisher(out);
        p.publish(List.of(OutputFile.text("a.html", "published")));
        // A second name of the published file's data: whatever is written through a link to it shows here.
        Path witness = Files.createLink(dir.resolve("witness"), out.resolve("a.html"));
        OutputFile same = OutputFile.text("a.html", "published"); // linked to the published file
        OutputFile rewritten = OutputFile.text("a.html", "rewritten"); // the same path again, in the same build
        OutputFile breaks = OutputFile.text("b.html", "never staged");

        // A failed build: linked, the same path rewritten, linked again, then a fault.
        assertThrows(IllegalStateException.class,
                () -> p.publish(new InOrder(new FailingAt(List.of(same, rewritten, same, breaks), 3))));
        assertEquals(Map.of("a.html", "published"), snapshot(out));
        assertEquals("published", Files.readString(witness), "written through the link");
        assertEquals(List.of(), strays());

        // A build that publishes: linked, then rewritten.
        p.publish(new InOrder(same, rewritten));
        assertEquals(Map.of("a.html", "rewritten"), snapshot(out));
        assertEquals("published", Files.readString(witness), "written through the link");
        assertEquals(1, Files.getAttribute(witness, "unix:nlink"), "the old site's name for it is gone");
        assertEquals(List.of(), strays());
    }

    @Test
    void aSymbolicLinkPlantedInThePublishedSiteIsNeverLinkedThrough() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("a.html"), "same bytes");
        Files.writeString(outside.resolve("b.html"), "same bytes");
        Path out = dir.resolve("site");
        AtomicPublisher p = new AtomicPublisher(out);
        p.publish(List.of(OutputFile.text("index.html", "home")));
        Files.createSymbolicLink(out.resolve("uz"), outside); // a directory link
        Files.createSymbolicLink(out.resolve("b.html"), outside.resolve("b.html")); // a file link
        p.publish(List.of(OutputFile.text("index.html", "home"), OutputFile.text("uz/a.html", "same bytes"),
                OutputFile.text("b.html", "same bytes")));
        assertNotEquals(inode(outside.resolve("a.html")), inode(out.resolve("uz/a.html")));
        assertNotEquals(inode(outside.resolve("b.html")), inode(out.resolve("b.html")));
        assertFalse(Files.isSymbolicLink(out.resolve("uz")));
        assertEquals(1, Files.getAttribute(outside.resolve("a.html"), "unix:nlink"));
        assertEquals("same bytes", Files.readString(outside.resolve("b.html")));
    }

    @Test
    void anExceptionAtARandomPageLeavesThePreviousSiteByteIdentical() throws IOException {
        Path out = dir.resolve("site");
        AtomicPublisher p = new AtomicPublisher(out);
        p.publish(site("good", 200));
        Map<String, String> before = snapshot(out);
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            int k = random.nextInt(200);
            assertThrows(RuntimeException.class, () -> p.publish(new FailingAt(site("bad", 200), k)));
            assertEquals(before, snapshot(out), "trial " + trial + " (fault at file " + k + ")");
        }
        p.publish(site("next", 5));
        assertEquals("next", snapshot(out).get("index.html"));
        assertEquals(List.of(), strays());
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesIsRepairedByTheNextRun() throws IOException {
        Path out = dir.resolve("site");
        new AtomicPublisher(out).publish(site("old", 3));
        Map<String, String> before = snapshot(out);
        Files.move(out, dir.resolve(".site.old-crashed"));
        Files.createDirectories(dir.resolve(".site.tmp-crashed/uz"));
        // Even a publish that itself fails must first put the old site back.
        assertThrows(RuntimeException.class, () -> new AtomicPublisher(out).publish(new FailingAt(site("bad", 3), 0)));
        assertEquals(before, snapshot(out));
        new AtomicPublisher(out).publish(site("good", 2));
        assertEquals(List.of(), strays());
    }
}
