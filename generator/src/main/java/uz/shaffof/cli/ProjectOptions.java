package uz.shaffof.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uz.shaffof.build.BuildOptions;

/** Where the project's parts are; every command that reads content shares these options. */
public final class ProjectOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "Project root (default: the current directory).")
    Path root = Path.of(".");

    @Option(names = "--content", paramLabel = "DIR", description = "Content directory (default: ROOT/content).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Template directory (default: ROOT/templates).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ROOT/site).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public base URL of the site (default: baseUrl in content/site.json).")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Cache of rendered charts and pages (default: ROOT/.shaffof-cache). Safe to delete at any time.")
    Path cache;

    BuildOptions toBuildOptions() {
        BuildOptions d = BuildOptions.forProject(root);
        return new BuildOptions(d.root(), content != null ? content : d.content(),
                templates != null ? templates : d.templates(), out != null ? out : d.out(), baseUrl, cache);
    }
}
