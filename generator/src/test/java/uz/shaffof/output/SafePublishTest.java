package uz.shaffof.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.output.AtomicPublisherTest.site;
import static uz.shaffof.output.AtomicPublisherTest.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the publisher may replace, where a link's site goes, and what it says when the file system refuses. */
class SafePublishTest {
    @TempDir
    Path dir;

    @Test
    void aFileOrAFolderItDidNotPublishIsRefusedAndLeftAsItWas() throws IOException {
        Path file = dir.resolve("README.md");
        Files.writeString(file, "read me");
        OutputRefused r = assertThrows(OutputRefused.class, () -> new AtomicPublisher(file).publish(site("new", 3)));
        assertTrue(r.reason().contains("it is a file"), r.reason());
        assertEquals("read me", Files.readString(file));

        Path docs = dir.resolve("mydocs");
        Files.createDirectories(docs.resolve("chapter"));
        Files.writeString(docs.resolve("chapter/thesis.txt"), "four years of work");
        TreeSnapshot before = TreeSnapshot.of(dir);
        r = assertThrows(OutputRefused.class, () -> new AtomicPublisher(docs).publish(site("new", 3)));
        assertTrue(r.reason().contains("no " + AtomicPublisher.MARKER + " file"), r.reason());
        assertEquals(Set.of(), before.changedIn(TreeSnapshot.of(dir)), "nothing written, not even a lock file");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        new AtomicPublisher(empty).publish(site("first", 3));
        assertEquals("first", snapshot(empty).get("index.html"), "an empty directory may be filled");
        new AtomicPublisher(empty).publish(site("second", 3));
        assertEquals("second", snapshot(empty).get("index.html"), "a site of ours is replaced");
    }

    @Test
    void aSymbolicLinkToADeployFolderGetsTheSiteAndStaysALink() throws IOException {
        Path deploy = dir.resolve("deploy/www");
        new AtomicPublisher(deploy).publish(site("old", 3));
        Path link = Files.createSymbolicLink(dir.resolve("site"), deploy);

        new AtomicPublisher(link).publish(site("new", 3));

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(deploy, Files.readSymbolicLink(link));
        assertEquals("new", snapshot(deploy).get("index.html"), "the deploy folder has the new site");
        assertEquals(4, snapshot(deploy).size());
    }

    @Test
    void anOldSiteThatCannotBeDeletedIsReportedAndTheNewSiteIsPublished() throws IOException {
        Path out = dir.resolve("site");
        new AtomicPublisher(out).publish(site("old", 3));
        Path stuck = out.resolve("uz/p1/index.html");
        Mounts.immutable(stuck, true);
        AtomicPublisher.Published p;
        List<Path> olds;
        try {
            p = new AtomicPublisher(out).publish(site("new", 3));
            try (Stream<Path> s = Files.list(dir)) {
                olds = s.filter(f -> f.getFileName().toString().startsWith(".site.old-")).toList();
            }
            assertEquals(1, olds.size());
            Mounts.immutable(olds.get(0).resolve("uz/p1/index.html"), false);
        } finally {
            Mounts.immutable(stuck, false); // (already moved aside when the publish got that far)
        }
        assertEquals("new", snapshot(out).get("index.html"), "the new site is published");
        assertEquals(1, p.notDeleted().size(), p.toString());
        assertEquals(olds.get(0), p.notDeleted().get(0).path());
        assertTrue(p.notDeleted().get(0).reason().contains("Operation not permitted"), p.toString());

        new AtomicPublisher(out).publish(site("next", 3));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith(".site.old-")).toList(),
                    "the next publish deletes what the last one could not");
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchAndTheOldSiteStays() throws IOException {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Mounts.tmpfs(disk, 256);
        try {
            Path out = disk.resolve("site");
            new AtomicPublisher(out).publish(site("old", 20));
            Map<String, String> before = snapshot(out);
            OutputFailed f = assertThrows(OutputFailed.class, () -> new AtomicPublisher(out).publish(site("new", 1000)));
            assertEquals(out, f.path());
            assertTrue(f.reason().startsWith("cannot write: No space left on device"), f.reason());
            assertTrue(f.siteIntact());
            assertEquals(before, snapshot(out), "the published site is as it was");
            assertEquals(List.of(".site.lock", "site"), names(disk), "the staging directory is removed");
        } finally {
            Mounts.unmount(disk);
        }
    }

    @Test
    void aReadOnlyFileSystemIsReportedAsSuchAndTheOldSiteStays() throws IOException {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Mounts.tmpfs(disk, 1024);
        try {
            Path out = disk.resolve("site");
            new AtomicPublisher(out).publish(site("old", 5));
            Map<String, String> before = snapshot(out);
            Mounts.readOnly(disk);
            OutputFailed f = assertThrows(OutputFailed.class, () -> new AtomicPublisher(out).publish(site("new", 5)));
            assertTrue(f.reason().startsWith("cannot write: Read-only file system"), f.reason());
            assertEquals(before, snapshot(out));
        } finally {
            Mounts.unmount(disk);
        }
    }

    @Test
    void permissionDeniedIsReportedAsSuch() throws IOException {
        // Root writes through permission bits: this case runs only for other users (the read-only case above covers
        // the same path through the code as root).
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "permission bits do not stop root");
        Path parent = Files.createDirectories(dir.resolve("locked"));
        Path out = parent.resolve("site");
        new AtomicPublisher(out).publish(site("old", 2));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            OutputFailed f = assertThrows(OutputFailed.class, () -> new AtomicPublisher(out).publish(site("new", 2)));
            assertTrue(f.reason().startsWith("cannot write: Permission denied"), f.reason());
            assertEquals("old", snapshot(out).get("index.html"));
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("reference")).sorted().toList();
        }
    }

    @Test
    void nothingIsDeletedOnTheWayWhenTheOutputIsALinkThatLeadsNowhere() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("site"), dir.resolve("gone"));
        OutputRefused r = assertThrows(OutputRefused.class, () -> new AtomicPublisher(link));
        assertTrue(r.reason().contains("leads nowhere"), r.reason());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.exists(dir.resolve("gone")));
    }
}
