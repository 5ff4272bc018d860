package uz.shaffof.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real project whose parts a synthetic one copies (its templates, its interface strings, its content). */
final class BaseProject {
    private BaseProject() {}

    /** Throws a usage error unless {@code base} has {@code content/} and {@code templates/}. */
    static void requireProject(Path base) {
        for (String part : new String[] {"content", "templates"}) {
            if (!Files.isDirectory(base.resolve(part))) {
                throw new BenchException(base.resolve(part) + ": not found (give the project to copy with "
                        + "--base-project DIR, or run from its root)");
            }
        }
    }
}
