package uz.shaffof.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real file-system failures for tests: a tiny tmpfs (disk full), a tmpfs remounted read-only, an immutable file
 * (cannot be deleted). They need {@code mount} and {@code chattr}, which need privileges (the test machines run as
 * root); where those are missing, the test is skipped with a message rather than faked, since permission bits do not
 * stop root and a simulated exception would test the simulation.
 */
public final class Mounts {
    private Mounts() {}

    /** Mounts a tmpfs of {@code kib} KiB at {@code dir} (which must exist), or skips the test. */
    public static void tmpfs(Path dir, int kib) {
        assume(run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", dir.toString()),
                "mounting a tmpfs needs privileges this machine does not give");
    }

    /** Makes the tmpfs at {@code dir} read-only, or skips the test. */
    public static void readOnly(Path dir) {
        assume(run("mount", "-o", "remount,ro", dir.toString()), "remounting read-only needs privileges");
    }

    /** Unmounts {@code dir}; lazily if busy, so that a failing test does not leave a mount behind. */
    public static void unmount(Path dir) {
        if (!run("umount", dir.toString())) run("umount", "-l", dir.toString());
    }

    /** Sets (or clears) the immutable attribute of {@code file}, or skips the test. */
    public static void immutable(Path file, boolean on) {
        boolean ok = run("chattr", on ? "+i" : "-i", file.toString());
        if (on) assume(ok, "chattr +i needs CAP_LINUX_IMMUTABLE and a file system that has the attribute");
    }

    private static void assume(boolean ok, String why) {
        Assumptions.assumeTrue(ok, why);
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
