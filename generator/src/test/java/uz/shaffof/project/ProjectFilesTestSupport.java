package uz.shaffof.project;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What tests of other packages need to plant special files in a project. */
public final class ProjectFilesTestSupport {
    private ProjectFilesTestSupport() {}

    /** Makes a named pipe with mkfifo; the calling test is skipped where there is none (not a POSIX system). */
    public static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        assumeTrue(mk.waitFor() == 0 && Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "mkfifo is needed to make a named pipe");
    }
}
