package uz.shaffof.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build from where: the project root (paths in messages are relative to it), the content and template
 * directories, the output directory, the public base URL ({@code null}: the one in {@code site.json}), and whether
 * that URL must be a public one: a build that will be published must not write a placeholder host such as
 * {@code shaffof.example} into every snippet, feed and canonical link ({@link PublicBaseUrl}).
 */
public record BuildOptions(Path root, Path content, Path templates, Path out, String baseUrl, Path cache,
                           boolean publicBaseUrlRequired) {
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
    }

    public BuildOptions(Path root, Path content, Path templates, Path out, String baseUrl) {
        this(root, content, templates, out, baseUrl, null);
    }

    /** Options for a local build (tests, {@code serve}): any base URL is accepted. */
    public BuildOptions(Path root, Path content, Path templates, Path out, String baseUrl, Path cache) {
        this(root, content, templates, out, baseUrl, cache, false);
    }

    /** The layout of a Shaffof project: {@code content/}, {@code templates/} and {@code site/} under the root. */
    public static BuildOptions forProject(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new BuildOptions(r, r.resolve("content"), r.resolve("templates"), r.resolve("site"), null);
    }

    public BuildOptions withOut(Path newOut) {
        return new BuildOptions(root, content, templates, newOut, baseUrl, cache, publicBaseUrlRequired);
    }

    /** The same build with its caches (rendered charts) in {@code dir}. */
    public BuildOptions withCache(Path dir) {
        return new BuildOptions(root, content, templates, out, baseUrl, dir, publicBaseUrlRequired);
    }

    /** The same build, for publishing: a placeholder or local base URL in {@code site.json} fails it. */
    public BuildOptions requiringPublicBaseUrl() {
        return new BuildOptions(root, content, templates, out, baseUrl, cache, true);
    }

    /** How a path is named in messages: relative to the project root when inside it. */
    public String display(Path p) {
        Path a = p.toAbsolutePath().normalize();
        return (a.startsWith(root) ? root.relativize(a) : a).toString().replace('\\', '/');
    }
}
