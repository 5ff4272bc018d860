package uz.shaffof.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a path given on the command line really is, and whether two such paths are one directory or one inside the
 * other: the questions to answer before a directory is replaced or written into.
 *
 * <p>A path is resolved as the operating system would walk it, one name at a time: symbolic links are followed and
 * {@code ..} goes to the parent of where the walk really is (so {@code link/..} is the parent of the link's target,
 * not the directory holding the link; lexical normalisation gets that wrong). A {@code ..} after a name that does
 * not exist is refused: the operating system would fail there, and reading it lexically ({@code some/missing/..} as
 * {@code some}) turns a typo into another directory.
 */
public final class RealPaths {
    private RealPaths() {}

    /**
     * The absolute path {@code given} names, with every symbolic link and {@code ..} resolved against the file
     * system: the existing part is the real path, the missing rest is appended as given.
     *
     * @throws OutputRefused when the path is empty, has {@code ..} after a missing name, or runs into a symbolic link
     *                       whose target does not exist or a loop of links
     */
    public static Path resolve(Path given) {
        if (given.toString().isEmpty()) {
            throw OutputRefused.option("an empty path (an unset variable?) would name the current directory; "
                    + "give the directory by name");
        }
        Path abs = given.toAbsolutePath();
        Path at = abs.getRoot();
        Path missing = null; // the first name on the way that does not exist
        for (Path name : abs) {
            if (missing == null && !at.equals(abs.getRoot()) && !Files.isDirectory(at)) {
                throw new OutputRefused(abs, "goes through " + at + ", which is a file, not a directory; "
                        + "give a path through directories");
            }
            String n = name.toString();
            if (n.equals(".")) continue;
            if (n.equals("..")) {
                if (missing != null) {
                    throw new OutputRefused(abs, "goes up (..) out of " + missing + ", which does not exist; "
                            + "give the path without ..");
                }
                if (at.getParent() != null) at = at.getParent(); // "at" is real here, so its parent is the real one
                continue;
            }
            Path next = at.resolve(n);
            if (missing == null && Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    next = next.toRealPath();
                } catch (IOException e) {
                    String target = linkTarget(next);
                    throw new OutputRefused(abs, next + " is a symbolic link" + (target == null ? "" : " to " + target)
                            + " that leads nowhere (" + OutputFailed.reason(e) + "); fix or remove the link");
                }
            } else if (missing == null) {
                missing = next;
            }
            at = next;
        }
        return at;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * True when {@code inner} is {@code outer} or inside it; both absolute and resolved. Existing directories are
     * compared as files ({@link Files#isSameFile}: one inode, whatever the spelling, so a case variant on a
     * case-insensitive file system is the same directory); names that do not exist yet are compared ignoring case,
     * which on a case-sensitive file system only refuses a few paths more than needed.
     */
    public static boolean isSameOrInside(Path inner, Path outer) {
        for (Path p = inner; p != null; p = p.getParent()) {
            if (same(p, outer)) return true;
        }
        return false;
    }

    private static boolean same(Path a, Path b) {
        boolean aExists = Files.exists(a, LinkOption.NOFOLLOW_LINKS);
        boolean bExists = Files.exists(b, LinkOption.NOFOLLOW_LINKS);
        if (aExists && bExists) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                return a.equals(b);
            }
        }
        if (aExists != bExists) return false; // on any file system, a name that exists is not one that does not
        return a.toString().toLowerCase(Locale.ROOT).equals(b.toString().toLowerCase(Locale.ROOT));
    }
}
