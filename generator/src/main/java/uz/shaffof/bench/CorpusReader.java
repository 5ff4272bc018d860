package uz.shaffof.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.translit.Script;

/**
 * Reads the neutral corpus layout that {@code make-corpus.sh} writes: {@code content/latn/*.md} and
 * {@code content/cyrl/*.md}, each with YAML front matter (title, date, region, tags), in sorted order, files in
 * parallel. The YAML mapper is built once; a file that cannot be read fails the build with its position.
 *
 * <pre><code>List&lt;SourcePage&gt; pages = new CorpusReader(clock).read(Path.of("/tmp/c1k/neutral"));</code></pre>
 */
final class CorpusReader {
    /** The script folders of the layout and the script each is written in. */
    static final List<String> DIRS = List.of("latn", "cyrl");

    private final ObjectMapper yaml;
    private final StageClock clock;

    CorpusReader(StageClock clock) {
        this(clock, frontMatterMapper());
    }

    /** @param yaml a mapper made by {@link #frontMatterMapper()} (built ahead, say by {@link WarmStart}) */
    CorpusReader(StageClock clock, ObjectMapper yaml) {
        this.clock = clock;
        this.yaml = yaml;
    }

    /** The YAML mapper for front matter: a key given twice is an error. Thread-safe once built. */
    static ObjectMapper frontMatterMapper() {
        return YAMLMapper.builder(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .build();
    }

    /** Every page of the corpus rooted at {@code root} (the folder holding {@code content/}), sorted by path. */
    List<SourcePage> read(Path root) {
        List<Path> files = files(root);
        Problems problems = new Problems();
        List<Optional<SourcePage>> pages = files.parallelStream().map(f -> readOne(f, problems)).toList();
        problems.throwIfErrors("read");
        return pages.stream().map(Optional::orElseThrow).toList();
    }

    /** The Markdown files of the corpus rooted at {@code root}, sorted by path, to be read one by one. */
    static List<Path> files(Path root) {
        return list(root.resolve("content"));
    }

    static Script scriptOf(String dir) {
        return dir.equals("cyrl") ? Script.CYRILLIC : Script.LATIN;
    }

    private static List<Path> list(Path content) {
        List<Path> out = new ArrayList<>();
        for (String dir : DIRS) {
            Path d = content.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + d + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw BuildFailure.of("read", Problem.error(SourcePos.file(content.toString()),
                    "no Markdown files in content/latn or content/cyrl: is this a corpus written by make-corpus.sh?"));
        }
        return out;
    }

    /** One file of {@link #files}: its page, or empty when it has errors (added to {@code problems}). */
    Optional<SourcePage> readOne(Path file, Problems problems) {
        String dir = file.getParent().getFileName().toString();
        String name = file.getFileName().toString();
        String path = "content/" + dir + "/" + name;
        String text = clock.time(Stage.READ, () -> readText(file));
        return clock.time(Stage.FRONT_MATTER, () -> parse(path, dir, name, text, problems));
    }

    private static String readText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Optional<SourcePage> parse(String path, String dir, String name, String text, Problems problems) {
        String[] parts = split(text);
        if (parts == null) {
            problems.error(SourcePos.file(path), "expected front matter between two lines '---' at the top");
            return Optional.empty();
        }
        try {
            JsonNode fm = yaml.readTree(parts[0]);
            SourcePage.FrontMatter meta = frontMatter(path, fm, problems);
            if (meta == null) return Optional.empty();
            String slug = name.substring(0, name.length() - ".md".length());
            return Optional.of(new SourcePage(dir, slug, scriptOf(dir), path, meta, parts[1]));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            problems.error(SourcePos.of(path, Math.max(1, line), 1), "front matter: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static SourcePage.FrontMatter frontMatter(String path, JsonNode fm, Problems problems) {
        String title = fm == null ? null : text(fm.get("title"));
        String date = fm == null ? null : text(fm.get("date"));
        if (title == null || title.isBlank()) {
            problems.error(SourcePos.file(path), "front matter has no title");
            return null;
        }
        try {
            LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeParseException e) {
            problems.error(SourcePos.file(path), "front matter date \"" + date + "\" is not a date (YYYY-MM-DD)");
            return null;
        }
        List<String> tags = new ArrayList<>();
        JsonNode t = fm.get("tags");
        if (t != null && t.isArray()) t.forEach(n -> tags.add(n.asText()));
        return new SourcePage.FrontMatter(title, date, text(fm.get("region")), tags);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** The YAML between the opening and closing {@code ---} lines and the body after them; null without them. */
    static String[] split(String text) {
        if (!text.startsWith("---\n")) return null;
        int from = 4;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            String line = end < 0 ? text.substring(from) : text.substring(from, end);
            if (line.stripTrailing().equals("---")) {
                return new String[] {text.substring(4, from), end < 0 ? "" : text.substring(end + 1)};
            }
            if (end < 0) return null;
            from = end + 1;
        }
        return null;
    }
}
