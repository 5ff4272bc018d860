package uz.shaffof.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uz.shaffof.build.BuildOptions;
import uz.shaffof.build.ProjectPaths;
import uz.shaffof.output.OutputRefused;

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
     * The options as a {@link BuildOptions}, resolved as {@link ProjectPaths#fromCommandLine} says.
     *
     * @throws OutputRefused when a path is empty or cannot be resolved; a usage error
     */
    BuildOptions toBuildOptions() {
        return ProjectPaths.fromCommandLine(root, content, templates, out, baseUrl, cache);
    }
}
