package uz.shaffof.translit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's real glossary, found from the module directory (surefire) or the repository root. */
final class ProjectGlossary {
    static final String PATH = "content/translit/glossary.tsv";

    private ProjectGlossary() {}

    static Path path() {
        for (Path p : new Path[] {Path.of("..", PATH), Path.of(PATH)}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find " + PATH + " from " + Path.of("").toAbsolutePath());
    }

    static Glossary load() {
        try {
            return Glossary.read(path());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine as the site runs it: built-in dictionary plus the project glossary. */
    static Transliterator transliterator() {
        return Transliterator.builder().glossary(load()).build();
    }
}
