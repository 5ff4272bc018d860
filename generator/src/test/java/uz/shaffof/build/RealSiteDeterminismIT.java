package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uz.shaffof.build.DeterminismTest.digests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.RealSite;

/**
 * The real site gives the same bytes in two builds of one process, and in a build in another process with another
 * zone, locale, default encoding and file order. The same on a test site, and the chart cache's part:
 * {@link DeterminismTest}.
 */
class RealSiteDeterminismIT {
    @TempDir
    Path dir;

    @Test
    void twoBuildsInOneProcessAreByteIdentical() {
        // Both render every page: with the page cache, the second would only repeat the first's bytes.
        var a = digests(RealSite.files().values());
        var b = digests(RealSite.filesOfASecondBuild().values());
        assertEquals(a, b);
    }

    /**
     * The real site built in another process, with another zone, locale and default encoding, from a copy of the
     * project written in the reverse order of files, and published: the same bytes as the real site built here. The
     * child renders every page itself (a page cache of its own); only the charts come from the project's cache, which
     * the build here filled (a chart is drawn from its data alone, so its bytes do not depend on the locale).
     */
    @Test
    void anotherZoneLocaleAndFileOrderGiveTheSameBytes() throws Exception {
        var here = digests(RealSite.files().values());
        Path project = ProjectFixture.copy(dir.resolve("project"), true).root();
        Path cache = dir.resolve("child-cache");
        copyTree(RealSite.options().cache().resolve("charts"), cache.resolve("charts"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Duser.timezone=Asia/Tashkent", "-Duser.language=tr",
                "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"),
                "uz.shaffof.Main", "build", "--preview", "--root", project.toString(), "--out", dir.resolve("b").toString(),
                "--cache", cache.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(180, TimeUnit.SECONDS), "child build timed out");
        assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child.log")));
        assertTrue(Files.readString(dir.resolve("child.log")).contains("(rendered " + RealSite.pagesPerEdition().values()
                .stream().mapToInt(Integer::intValue).sum() + " of "), "the child renders every page itself: "
                + Files.readString(dir.resolve("child.log")));
        assertEquals(here, digests(dir.resolve("b")));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
