package uz.shaffof.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import uz.shaffof.render.RenderLimits;

/**
 * What to build from where: the project root (paths in messages are relative to it), the content and template
 * directories, the output directory, the public base URL ({@code null}: the one in {@code site.json}), the cache
 * directory, how long and how deep one page's template may run ({@link RenderLimits}), and whether the base URL
 * must be a public one: a build that will be published must not write a placeholder host such as
 * {@code shaffof.example} into every snippet, feed and canonical link ({@link uz.shaffof.build.PublicBaseUrl}),
 * and where readers report an error or send data ({@code feedbackUrl}; {@code null}: {@code feedback} in
 * {@code site.json}, if any): the publishing workflow knows the repository it builds from, the content does not.
 */
public record BuildOptions(Path root, Path content, Path templates, Path out, String baseUrl, Path cache,
                           RenderLimits renderLimits, boolean publicBaseUrlRequired, String feedbackUrl) {
    public BuildOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
        root = root.toAbsolutePath().normalize();
        content = content.toAbsolutePath().normalize();
        templates = templates.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        cache = (cache != null ? cache : root.resolve(".shaffof-cache")).toAbsolutePath().normalize();
        Objects.requireNonNull(renderLimits, "renderLimits");
    }

    /** Options for a local build (tests, {@code serve}): any base URL is accepted, default template limits. */
    public BuildOptions(Path root, Path content, Path templates, Path out, String baseUrl, Path cache) {
        this(root, content, templates, out, baseUrl, cache, RenderLimits.DEFAULT, false, null);
    }

    public BuildOptions(Path root, Path content, Path templates, Path out, String baseUrl) {
        this(root, content, templates, out, baseUrl, null);
    }

    /** The layout of a Shaffof project: {@code content/}, {@code templates/} and {@code site/} under the root. */
    public static BuildOptions forProject(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new BuildOptions(r, r.resolve("content"), r.resolve("templates"), r.resolve("site"), null);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(root, content, templates, newOut, baseUrl, cache, renderLimits, publicBaseUrlRequired, feedbackUrl);
    }

    /** The same build with other limits on each page's template. */
    public BuildOptions withRenderLimits(RenderLimits limits) {
        return new BuildOptions(root, content, templates, out, baseUrl, cache, limits, publicBaseUrlRequired, feedbackUrl);
    }

    /** The same build with its caches (rendered charts) in {@code dir}. */
    public BuildOptions withCache(Path dir) {
        return new BuildOptions(root, content, templates, out, baseUrl, dir, renderLimits, publicBaseUrlRequired, feedbackUrl);
    }

    /** The same build, for publishing: a placeholder or local base URL in {@code site.json} fails it. */
    public BuildOptions requiringPublicBaseUrl() {
        return new BuildOptions(root, content, templates, out, baseUrl, cache, renderLimits, true, feedbackUrl);
    }

    /** The same build with readers' reports going to {@code url} instead of {@code feedback} in {@code site.json}. */
    public BuildOptions withFeedbackUrl(String url) {
        return new BuildOptions(root, content, templates, out, baseUrl, cache, renderLimits, publicBaseUrlRequired, url);
    }

    /** How a path is named in messages: relative to the project root when inside it. */
    public String display(Path p) {
        Path a = p.toAbsolutePath().normalize();
        return (a.startsWith(root) ? root.relativize(a) : a).toString().replace('\\', '/');
    }
}
