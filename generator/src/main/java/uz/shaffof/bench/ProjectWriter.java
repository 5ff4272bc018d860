package uz.shaffof.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the files of a synthetic project under one root: JSON in the house style (two-space indentation, LF,
 * exact numbers), Markdown with YAML front matter, and copies of a real project's files. It only ever creates files
 * in a directory that was empty or absent, so it can never overwrite anything of the user's.
 */
final class ProjectWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Path root;

    private ProjectWriter(Path root) {
        this.root = root;
    }

    /**
     * The project at {@code dir}, which must not exist or be an empty directory.
     *
     * @throws BenchException when {@code dir} has anything in it, or is not a directory
     */
    static ProjectWriter createIn(Path dir) {
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    throw new BenchException(dir + ": not a directory");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new BenchException(dir + ": not empty (the project is written into a new or empty "
                                + "directory, so that nothing there is overwritten)");
                    }
                }
            }
            Files.createDirectories(dir);
            return new ProjectWriter(dir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** Writes {@code value} as JSON at {@code path} (relative to the root). */
    void json(String path, Object value) {
        try {
            text(path, PRETTY.writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report or page: the front matter's fields (written as YAML, every value a JSON scalar), then the body. */
    void markdown(String path, List<Object[]> frontMatter, String body) {
        StringBuilder sb = new StringBuilder("---\n");
        try {
            for (Object[] field : frontMatter) {
                // JSON scalars are YAML scalars: a double-quoted JSON string is a double-quoted YAML string.
                sb.append(field[0]).append(": ").append(JSON.writeValueAsString(field[1])).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sb.append("---\n\n").append(body.strip()).append('\n');
        text(path, sb.toString());
    }

    void text(String path, String text) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) throw new IllegalArgumentException("path escapes the project: " + path);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the directory {@code from} (a real project's part) to {@code path}, every regular file in it. */
    void copyTree(Path from, String path) {
        Path target = root.resolve(path).normalize();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                Path to = target.resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON object at {@code path}, as written so far (to add to a copied file). */
    ObjectNode readObject(String path) {
        try {
            JsonNode node = JSON.readTree(root.resolve(path).toFile());
            if (!(node instanceof ObjectNode object)) throw new BenchException(path + ": not a JSON object");
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
