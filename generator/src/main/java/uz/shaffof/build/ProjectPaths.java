package uz.shaffof.build;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.output.RealPaths;
import uz.shaffof.pipeline.BuildOptions;

/**
 * The rules that keep a build from writing over its own sources: checked before anything is written. The output
 * (replaced whole at each build) may not be, contain or be inside the content, the templates or the cache, nor be
 * the project root or contain it; the cache (written into, its own entries pruned) may not be, contain or be inside
 * the content, the templates or the output, nor be the project root or contain it. Paths are compared where they
 * really are ({@link RealPaths}): links followed, {@code ..} resolved, a case variant of an existing directory
 * seen as that directory.
 *
 * <pre><code>ProjectPaths.requireSafe(options, ProjectPaths.Writes.OUTPUT_AND_CACHE);</code></pre>
 */
public final class ProjectPaths {
    /** What a command writes, and so which paths it must check. */
    public enum Writes {
        /** {@code build}: publishes the output and fills the cache. */
        OUTPUT_AND_CACHE,
        /** {@code check} and {@code serve}: fill the cache only. */
        CACHE
    }

    private ProjectPaths() {}

    /**
     * The options as given on the command line ({@code null}: the default), with the root, output and cache resolved
     * where they really are ({@link RealPaths}: links followed, {@code ..} resolved against the file system, not by
     * spelling).
     *
     * @throws OutputRefused when a path is empty (an unset shell variable would name the current directory) or
     *                       cannot be resolved; a usage error
     */
    public static BuildOptions fromCommandLine(Path root, Path content, Path templates, Path out, String baseUrl,
                                               Path cache) {
        requireNotEmpty("--root", root);
        requireNotEmpty("--content", content);
        requireNotEmpty("--templates", templates);
        requireNotEmpty("--out", out);
        requireNotEmpty("--cache", cache);
        BuildOptions d = BuildOptions.forProject(RealPaths.resolve(root));
        return new BuildOptions(d.root(), content != null ? content : d.content(),
                templates != null ? templates : d.templates(), out != null ? RealPaths.resolve(out) : d.out(), baseUrl,
                cache != null ? RealPaths.resolve(cache) : null);
    }

    private static void requireNotEmpty(String option, Path given) {
        if (given != null && given.toString().isEmpty()) {
            throw OutputRefused.option(option + " is empty (an unset shell variable?), which would name the current "
                    + "directory; give a directory by name");
        }
    }

    /**
     * @throws OutputRefused naming the first path that breaks a rule, the rule, and the option to change
     */
    public static void requireSafe(BuildOptions o, Writes writes) {
        Path root = RealPaths.resolve(o.root());
        Path content = RealPaths.resolve(o.content());
        Path templates = RealPaths.resolve(o.templates());
        Path cache = RealPaths.resolve(o.cache());
        Path out = writes == Writes.OUTPUT_AND_CACHE ? RealPaths.resolve(o.out()) : null;
        String outUse = "the output directory (replaced whole at every build)";
        String cacheUse = "the cache directory";
        // The worst first: the root (with .git and everything else), then the sources, then each other.
        if (out != null) {
            requireNotAbove(o, out, outUse, "--out", root);
            requireApart(o, out, outUse, "--out", content, "the content directory");
            requireApart(o, out, outUse, "--out", templates, "the template directory");
        }
        requireNotAbove(o, cache, cacheUse, "--cache", root);
        requireApart(o, cache, cacheUse, "--cache", content, "the content directory");
        requireApart(o, cache, cacheUse, "--cache", templates, "the template directory");
        if (out != null) requireApart(o, out, outUse, "--out", cache, "the cache directory");
    }

    /**
     * Whether the cache directory can be written: made if missing, and a file created and deleted in it. Empty when
     * it can; else the operating system's reason ({@code Read-only file system}). The cache is an optimisation, so
     * a build goes on without it, but a user whose every build renders every page should be told why.
     */
    public static Optional<String> cacheUnwritable(BuildOptions o) {
        try {
            Files.createDirectories(o.cache());
            Files.delete(Files.createTempFile(o.cache(), ".probe-", ".tmp"));
            return Optional.empty();
        } catch (FileSystemException e) {
            return Optional.of(e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private static void requireApart(BuildOptions o, Path p, String use, String option, Path other, String otherName) {
        String relation = RealPaths.isSameOrInside(p, other)
                ? (RealPaths.isSameOrInside(other, p) ? "is " : "is inside ")
                : RealPaths.isSameOrInside(other, p) ? "contains " : null;
        if (relation == null) return;
        throw new OutputRefused(p, "cannot be " + use + ": it " + relation + otherName + " (" + name(o, other)
                + "); give another " + option);
    }

    private static void requireNotAbove(BuildOptions o, Path p, String use, String option, Path root) {
        if (!RealPaths.isSameOrInside(root, p)) return;
        String relation = RealPaths.isSameOrInside(p, root) ? "is the project root" : "contains the project root";
        throw new OutputRefused(p, "cannot be " + use + ": it " + relation + " (" + name(o, root) + "); give another " + option
                + ", such as " + option + " " + (option.equals("--out") ? "site" : ".shaffof-cache"));
    }

    /** A directory as messages name it: relative to the project root when inside it, with a slash. */
    static String name(BuildOptions o, Path dir) {
        String s = o.display(dir);
        return (s.isEmpty() ? "." : s) + "/";
    }
}
