package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remembering loader gives what a fresh loader gives, load after load, while files change, break, mend and go:
 * it only skips reading again the files whose bytes are the same.
 */
class RememberingLoaderTest {
    private static final ContentLoader REMEMBERING = ContentLoader.remembering();

    @TempDir
    Path dir;

    private LoadResult fresh(Path root) {
        return ContentFixture.LOADER.load(root, root.resolve("content"));
    }

    private static LoadResult remembered(ContentLoader loader, Path root) {
        return loader.load(root, root.resolve("content"));
    }

    private void assertSameAsFresh(LoadResult got, Path root) {
        LoadResult expected = fresh(root);
        assertEquals(expected.problems(), got.problems());
        assertEquals(expected.content(), got.content());
    }

    @Test
    void theRealContentLoadsTheSameAndUnchangedFilesAreNotReadAgain() throws IOException {
        Path root = copyOfRealContent();
        ContentLoader loader = ContentLoader.remembering();
        LoadResult first = remembered(loader, root);
        assertNotNull(first.content(), () -> "the real content loads: " + first.problems());
        assertSameAsFresh(first, root);

        LoadResult second = remembered(loader, root);
        assertSameAsFresh(second, root);
        Indicator untouched = indicator(first, "internet-users");
        assertSame(untouched, indicator(second, "internet-users"), "an unchanged file: what it gave last time");

        // One value edited, as serve's benchmark does: that file is read again, the others are not.
        Path file = root.resolve("content/indicators/broadband-users.json");
        String text = Files.readString(file);
        String changed = text.replaceFirst("\"value\": ([0-9]+)", "\"value\": 1$1");
        assertNotEquals(text, changed);
        Files.writeString(file, changed);
        LoadResult third = remembered(loader, root);
        assertNotNull(third.content(), () -> "the edited content loads: " + third.problems());
        assertSameAsFresh(third, root);
        assertNotEquals(indicator(first, "broadband-users"), indicator(third, "broadband-users"));
        assertSame(untouched, indicator(third, "internet-users"));
    }

    @Test
    void brokenMendedAndDeletedFilesGiveWhatAFreshLoadGives() {
        ContentFixture f = ContentFixture.minimal(dir);
        assertSameAsFresh(f.load(), dir);
        assertNull(remembered(REMEMBERING, dir).problems().stream().filter(p -> p.isError()).findAny().orElse(null));

        f.write("content/regions.json", "{ \"regions\": [ ");
        LoadResult broken = remembered(REMEMBERING, dir);
        assertNull(broken.content());
        assertSameAsFresh(broken, dir);
        assertSameAsFresh(remembered(REMEMBERING, dir), dir); // its problems again, though it is not read again

        f.write("content/regions.json", ContentFixture.FILES.get("content/regions.json"));
        LoadResult mended = remembered(REMEMBERING, dir);
        assertNotNull(mended.content());
        assertSameAsFresh(mended, dir);

        String source = ContentFixture.FILES.keySet().stream().filter(p -> p.startsWith("content/indicators/"))
                .findFirst().orElseThrow();
        f.delete(source);
        LoadResult without = remembered(REMEMBERING, dir);
        assertSameAsFresh(without, dir);
        assertTrue(without.content() == null || without.content().indicators().size()
                < mended.content().indicators().size(), "a deleted file is not remembered into the content");

        f.write(source, ContentFixture.FILES.get(source));
        LoadResult back = remembered(REMEMBERING, dir);
        assertSameAsFresh(back, dir);
        assertNotSame(mended.content(), back.content());
        assertEquals(mended.content(), back.content());
    }

    private static Indicator indicator(LoadResult r, String id) {
        return r.content().indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private Path copyOfRealContent() throws IOException {
        Path real = Path.of("..").toAbsolutePath().normalize().resolve("content");
        Path root = dir.resolve("project");
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve("content").resolve(real.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return root;
    }
}
