package uz.shaffof.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.ProjectPaths;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.OutputFailed;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;

/**
 * Prints problems the way editors and CI logs need them: one {@code path:line:col: message} line each, sorted,
 * at most {@value #LIMIT} (a broken file can produce thousands), then a count.
 */
final class Reporter {
    static final int LIMIT = 200;

    private Reporter() {}

    static void problems(PrintWriter err, List<Problem> problems) {
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == LIMIT) {
                err.println("... and " + (problems.size() - LIMIT) + " more");
                break;
            }
            err.println(p);
        }
        err.flush();
    }

    static int failure(PrintWriter err, BuildFailure f) {
        problems(err, f.problems());
        long errors = f.problems().stream().filter(Problem::isError).count();
        err.println(f.stage() + " failed: " + errors + " error(s); nothing was published");
        err.flush();
        return ExitCodes.CONTENT;
    }

    /** A path that would put the user's files at risk: {@code path: reason}, exit 2 (a usage error). */
    static int refused(PrintWriter err, BuildOptions options, OutputRefused e) {
        err.println(e.path() == null ? "shaffof: " + e.reason() : name(options, e.path()) + ": " + e.reason());
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * The file system stopped a publish (disk full, read-only, permission denied) or another build held the output:
     * {@code path: reason} and what became of the published site, exit 3 (the environment, not the content).
     */
    static int failed(PrintWriter err, BuildOptions options, OutputFailed e) {
        err.println(name(options, e.path()) + ": " + e.reason());
        String out = name(options, options.out());
        err.println(e.siteIntact() ? "nothing was published; " + out + " is as it was"
                : "nothing was published, and " + out + " is missing until the next build or check puts it back");
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** A path as messages name it: relative to the project root when inside it, a directory with a slash. */
    static String name(BuildOptions options, Path p) {
        String s = options == null ? p.toString() : options.display(p);
        if (s.isEmpty()) s = ".";
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || s.endsWith("/") ? s : s + "/";
    }

    /**
     * For {@code check} and {@code serve}, before anything else: checks the cache path, and puts back a site that a
     * build killed mid-swap left aside (the build that died would otherwise leave {@code site/} missing until the
     * next successful build). Returns the exit status to end with, or -1 to go on.
     */
    static int prepareReadOnlyCommand(PrintWriter err, BuildOptions options) {
        try {
            ProjectPaths.requireSafe(options, ProjectPaths.Writes.CACHE);
        } catch (OutputRefused e) {
            return refused(err, options, e);
        }
        cacheNote(err, options);
        try {
            if (AtomicPublisher.recoverIfInterrupted(options.out())) {
                err.println(name(options, options.out()) + ": put back the site that a build stopped while publishing "
                        + "had set aside");
            }
        } catch (OutputRefused | OutputFailed e) {
            err.println(name(options, options.out()) + ": warning: could not put back the site a stopped build had "
                    + "set aside: " + e.getMessage());
        }
        err.flush();
        return -1;
    }

    /** Tells the user, once per command, that rendered pages and charts cannot be kept, and why. */
    static void cacheNote(PrintWriter err, BuildOptions options) {
        ProjectPaths.cacheUnwritable(options).ifPresent(reason -> err.println(name(options, options.cache())
                + ": note: cannot write: " + reason + "; every page and chart is rendered afresh and not kept"));
        err.flush();
    }
}
