package uz.shaffof.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;

/** The one reader of the project's files: no link is followed, no special file opened, junk is skipped unread. */
class ProjectFilesTest {
    @TempDir
    Path dir;

    private Path root() throws IOException {
        return Files.createDirectories(dir.resolve("project"));
    }

    private static List<String> problems(Problems problems) {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aLinkUnderTheFolderIsReportedByPathAndNeverRead() throws IOException {
        Path root = root();
        Path templates = Files.createDirectories(root.resolve("templates/assets"));
        Files.writeString(dir.resolve("secret.txt"), "TOKEN=abc");
        Files.createSymbolicLink(templates.resolve("env.css"), dir.resolve("secret.txt"));
        Files.writeString(templates.resolve("site.css"), "body{}");
        ProjectFiles files = new ProjectFiles(root);
        Problems problems = new Problems();
        List<ProjectFiles.Entry> found = files.filesUnder(root.resolve("templates"), problems);
        assertEquals(List.of("templates/assets/site.css"), found.stream().map(ProjectFiles.Entry::display).toList());
        assertEquals(List.of("templates/assets/env.css:1:1: symbolic links are not followed (a link can point "
                + "anywhere on the build machine, outside the project); replace the link with the file or folder it "
                + "points to"), problems(problems));
    }

    @Test
    void aLinkToAFolderIsReportedAndNotEntered() throws IOException {
        Path root = root();
        Files.createDirectories(root.resolve("templates"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("passwd.ftlh"), "root:x:0:0");
        Files.createSymbolicLink(root.resolve("templates/parts"), outside);
        Problems problems = new Problems();
        assertEquals(List.of(), new ProjectFiles(root).filesUnder(root.resolve("templates"), problems));
        assertTrue(problems(problems).get(0).startsWith("templates/parts:1:1: symbolic links are not followed"),
                problems(problems).toString());
    }

    @Test
    void theFolderItselfOrAnyFolderOnTheWayToItMayNotBeALink() throws IOException {
        Path root = root();
        Path real = Files.createDirectories(dir.resolve("elsewhere/templates"));
        Files.createSymbolicLink(root.resolve("templates"), real);
        Problems problems = new Problems();
        assertEquals(ProjectFiles.FolderState.REFUSED, new ProjectFiles(root).folder(root.resolve("templates"), problems));
        assertTrue(problems(problems).get(0).startsWith("templates:1:1: symbolic links are not followed"));

        Files.createSymbolicLink(root.resolve("theme"), dir.resolve("elsewhere"));
        Problems deeper = new Problems();
        assertEquals(ProjectFiles.FolderState.REFUSED,
                new ProjectFiles(root).folder(root.resolve("theme/templates"), deeper));
        assertTrue(problems(deeper).get(0).startsWith("theme:1:1: symbolic links are not followed"),
                problems(deeper).toString());
    }

    @Test
    void aRealFolderIsRealAndAMissingOneIsMissingWithoutAProblem() throws IOException {
        Path root = root();
        Files.createDirectories(root.resolve("templates/assets"));
        Problems problems = new Problems();
        ProjectFiles files = new ProjectFiles(root);
        assertEquals(ProjectFiles.FolderState.REAL, files.folder(root.resolve("templates/assets"), problems));
        assertEquals(ProjectFiles.FolderState.MISSING, files.folder(root.resolve("templates/nowhere"), problems));
        Files.writeString(root.resolve("file"), "x");
        assertEquals(ProjectFiles.FolderState.MISSING, files.folder(root.resolve("file"), problems));
        assertEquals(List.of(), problems(problems));
    }

    @Test
    void aNamedPipeIsReportedWithoutBeingOpened() throws Exception {
        Path root = root();
        Path templates = Files.createDirectories(root.resolve("templates"));
        ProjectFilesTestSupport.mkfifo(templates.resolve("page.ftlh"));
        ProjectFiles files = new ProjectFiles(root);
        Problems problems = new Problems();
        // Opening a pipe for reading waits for a writer for ever: the bound proves it is never opened.
        List<ProjectFiles.Entry> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> files.filesUnder(templates, problems));
        assertEquals(List.of(), found);
        assertEquals(List.of("templates/page.ftlh:1:1: not a regular file or folder (a device, pipe or socket); "
                + "only files and folders are read"), problems(problems));
        Problems reading = new Problems();
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> files.read(templates.resolve("page.ftlh"), 100, "templates", reading)));
        assertTrue(reading.hasErrors());
    }

    @Test
    void aFileReplacedByALinkAfterItWasListedIsNotReadThroughIt() throws IOException {
        Path root = root();
        Path file = Files.createDirectories(root.resolve("templates")).resolve("page.ftlh");
        Files.writeString(file, "ok");
        ProjectFiles files = new ProjectFiles(root);
        Problems problems = new Problems();
        List<ProjectFiles.Entry> found = files.filesUnder(root.resolve("templates"), problems);
        assertEquals(1, found.size());
        Files.delete(file);
        Files.writeString(dir.resolve("secret"), "TOKEN=abc");
        Files.createSymbolicLink(file, dir.resolve("secret"));
        assertNull(files.read(found.get(0).path(), 100, "templates", problems));
        assertTrue(problems(problems).get(0).startsWith("templates/page.ftlh:1:1: symbolic links are not followed"));
    }

    @Test
    void aFileLargerThanTheLimitIsReportedWithTheLimit() throws IOException {
        Path root = root();
        Path file = Files.createDirectories(root.resolve("templates")).resolve("big.css");
        Files.write(file, new byte[101]);
        Problems problems = new Problems();
        assertNull(new ProjectFiles(root).read(file, 100, "templates and assets", problems));
        assertEquals(List.of("templates/big.css:1:1: file is 101 bytes; the limit for templates and assets is 100 "
                + "bytes: split it or remove what does not belong"), problems(problems));
        Files.write(file, new byte[100]);
        assertArrayEquals(new byte[100], new ProjectFiles(root).read(file, 100, "templates", new Problems()));
    }

    @Test
    void junkFromOperatingSystemsAndEditorsIsSkippedUnreadEvenWhenItIsADanglingLink() throws IOException {
        Path root = root();
        Path assets = Files.createDirectories(root.resolve("templates/assets"));
        for (String junk : List.of(".DS_Store", "._site.css", "Thumbs.db", "desktop.ini", ".site.css.swp", "site.css~",
                "#site.css#")) {
            Files.writeString(assets.resolve(junk), "junk");
        }
        // Emacs marks a file being edited with a link that points nowhere.
        Files.createSymbolicLink(assets.resolve(".#site.css"), Path.of("user@host.1234:1700000000"));
        Files.writeString(assets.resolve("site.css"), "body{}");
        Problems problems = new Problems();
        List<ProjectFiles.Entry> found = new ProjectFiles(root).filesUnder(root.resolve("templates"), problems);
        assertEquals(List.of("templates/assets/site.css"), found.stream().map(ProjectFiles.Entry::display).toList());
        assertFalse(problems.hasErrors(), problems(problems).toString());
    }

    @Test
    void junkIsRecognisedByNameOnly() {
        for (String junk : List.of(".DS_Store", ".ds_store", "Thumbs.db", "ehthumbs.db", "Desktop.ini", ".directory",
                "._logo.png", ".#page.ftlh", "#page.ftlh#", "page.ftlh~", ".page.ftlh.swp", ".page.ftlh.swo")) {
            assertTrue(JunkFiles.isJunk(junk), junk);
        }
        for (String real : List.of("site.css", "favicon.svg", "Logo.png", ".htaccess", "page.swp", "#", "~", "a#b")) {
            assertFalse(JunkFiles.isJunk(real), real);
        }
    }

    @Test
    void aFolderNamedOnTheCommandLineIsShownByItsNameAndCheckedItself() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("t"));
        Files.createSymbolicLink(dir.resolve("link"), elsewhere);
        Problems problems = new Problems();
        assertEquals(ProjectFiles.FolderState.REFUSED,
                ProjectFiles.of(dir.resolve("link"), "templates").folder(dir.resolve("link"), problems));
        assertTrue(problems(problems).get(0).startsWith("templates:1:1: symbolic links"), problems(problems).toString());
        assertEquals("templates/a/b.css", ProjectFiles.of(elsewhere, "templates").display(elsewhere.resolve("a/b.css")));
    }
}
