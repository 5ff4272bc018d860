package uz.shaffof.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.ProjectPaths;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.render.RenderLimits;

/** Where the project's parts are; every command that reads content shares these options. */
public final class ProjectOptions {
    /** The form {@code feedback.url} in site.schema.json accepts, so the option and the file agree. */
    private static final Pattern FEEDBACK_URL =
            Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[^\\s\"<>]*)?|mailto:[^\\s\"<>@]+@[^\\s\"<>@]+");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "Project root (default: the current directory).")
    Path root = Path.of(".");

    @Option(names = "--content", paramLabel = "DIR", description = "Content directory (default: ROOT/content).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Template overrides, file by file over the built-in templates (default: ROOT/templates, if any).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ROOT/site): a new directory, or one a previous build published; "
                    + "never the root, the content, the templates or the cache.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public base URL of the site (default: baseUrl in content/site.json).")
    String baseUrl;

    @Option(names = "--feedback-url", paramLabel = "URL",
            description = "Where readers report an error or send data, linked from every page's footer: an http(s):// "
                    + "or mailto: address; a GitHub .../issues/new address gets the page's title (default: feedback "
                    + "in content/site.json, if any).")
    String feedbackUrl;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Cache of rendered charts and pages (default: ROOT/.shaffof-cache). Safe to delete at any time.")
    Path cache;

    @Option(names = "--template-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "How long one page's template may run before the build fails with its line "
                    + "(30s, 500ms, 2m; default: 30s).")
    Duration templateTimeout = RenderLimits.DEFAULT_TIMEOUT;

    @Option(names = "--template-depth", paramLabel = "N",
            description = "How deeply template directives and macro/function calls may nest before the build fails "
                    + "with its line (default: ${DEFAULT-VALUE}).")
    int templateDepth = RenderLimits.DEFAULT_MAX_DEPTH;

    /**
     * The options as a {@link BuildOptions}, resolved as {@link ProjectPaths#fromCommandLine} says, with the limits
     * on each page's template.
     *
     * @throws OutputRefused when a path is empty or cannot be resolved; a usage error
     */
    BuildOptions toBuildOptions() {
        if (templateDepth < 1) {
            throw new ParameterException(spec.commandLine(), "--template-depth must be at least 1, not " + templateDepth);
        }
        // ROOT/templates may be absent (the built-in templates are used alone), but a directory named on purpose
        // that is not there is a typo, which silently building with the built-in look would hide.
        if (templates != null && !templates.toString().isEmpty() && !Files.isDirectory(templates)) {
            throw new ParameterException(spec.commandLine(), "--templates " + templates + ": no such directory "
                    + "(leave the option out to use ROOT/templates, or the built-in templates when there is none)");
        }
        if (feedbackUrl != null && !FEEDBACK_URL.matcher(feedbackUrl).matches()) {
            throw new ParameterException(spec.commandLine(), "--feedback-url " + feedbackUrl
                    + ": must be an http(s):// or mailto: address, such as https://github.com/owner/repo/issues/new");
        }
        return ProjectPaths.fromCommandLine(root, content, templates, out, baseUrl, cache)
                .withRenderLimits(RenderLimits.DEFAULT.withTimeout(templateTimeout).withMaxDepth(templateDepth))
                .withFeedbackUrl(feedbackUrl);
    }
}
