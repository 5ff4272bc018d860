package uz.shaffof.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uz.shaffof.build.BuildOptions;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.output.RealPaths;

/** Where the project's parts are; every command that reads content shares these options. */
public final class ProjectOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "Project root (default: the current directory).")
    Path root = Path.of(".");

    @Option(names = "--content", paramLabel = "DIR", description = "Content directory (default: ROOT/content).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Template directory (default: ROOT/templates).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ROOT/site): a new directory, or one a previous build published; "
                    + "never the root, the content, the templates or the cache.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public base URL of the site (default: baseUrl in content/site.json).")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Cache of rendered charts and pages (default: ROOT/.shaffof-cache). Safe to delete at any time.")
    Path cache;

    /**
     * The options as a {@link BuildOptions}, with the root, output and cache resolved where they really are
     * ({@link RealPaths}: links followed, {@code ..} resolved against the file system, not by spelling).
     *
     * @throws OutputRefused when a path is empty (an unset shell variable names the current directory) or cannot be
     *                       resolved; a usage error
     */
    BuildOptions toBuildOptions() {
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
            throw OutputRefused.option(option + " is empty (an unset shell variable?), "
                    + "which would name the current directory; give a directory by name");
        }
    }
}
