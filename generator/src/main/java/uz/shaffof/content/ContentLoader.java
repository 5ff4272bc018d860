package uz.shaffof.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.project.ProjectFiles;

/**
 * Reads {@code content/} into a validated {@link Content}, or reports everything wrong with it as
 * {@code path:line:col: message} problems. Never throws for bad content.
 *
 * <pre><code>ContentLoader loader = ContentLoader.create();               // once: loads the JSON Schemas
 * LoadResult r = loader.load(root, root.resolve("content"));
 * if (r.hasErrors()) throw new BuildFailure("content", r.problems());</code></pre>
 *
 * <p>The stages, in order: {@link ContentWalker} (which files, path rules) → {@link SourceDecoder} (UTF-8, BOM, line
 * endings) → {@link StrictJsonReader} or {@link FrontMatterSplitter} + {@link StrictYamlReader} → {@link TextHygiene}
 * → {@link SchemaValidator} → one mapper per kind → {@link CrossReferenceValidator} and {@link ValueRangeValidator}.
 * A file that fails a stage is not passed on, and cross-file checks run only when every file is sound, so one
 * typo does not come back as a cascade of "unknown region" errors.
 *
 * <p>A loader made by {@link #remembering()} keeps what each file gave, with its bytes, and reads a file again only
 * when its bytes changed: for a process that loads the same content many times ({@code serve}), where loading and
 * checking all the files was 13–50 ms of every rebuild after a one-line edit. What a file gives depends only on its
 * path, kind and bytes (the checks that look across files run on every load), so the result is the same.
 *
 * <p>Thread-safe: built once, it holds only immutable, thread-safe parsers and schemas, and (when remembering) a
 * concurrent map of immutable readings.
 */
public final class ContentLoader {
    private final SourceDecoder decoder = new SourceDecoder();
    private final StrictJsonReader json = new StrictJsonReader();
    private final StrictYamlReader yaml = new StrictYamlReader();
    private final SchemaValidator schemas;
    /** What each file gave at its last load, by project-relative path; null when this loader does not remember. */
    private final Map<String, Remembered> remembered;

    /** What reading one file gave: its problems, and what it adds to the content (immutable records). */
    private record Reading(List<Problem> problems, Consumer<ContentParts> contribution) {}

    private record Remembered(FileKind kind, byte[] bytes, Reading reading) {}

    /** What a file that is not sound adds: nothing. */
    private static final Consumer<ContentParts> NOTHING = parts -> {};

    private ContentLoader(SchemaValidator schemas, boolean remember) {
        this.schemas = schemas;
        this.remembered = remember ? new ConcurrentHashMap<>() : null;
    }

    /** A loader with the project's schemas; build it once and reuse it. */
    public static ContentLoader create() {
        return new ContentLoader(SchemaValidator.fromClasspath(), false);
    }

    /**
     * A loader that reads again only the files whose bytes changed since its last load (see the class comment), for
     * a process that loads the same content many times.
     */
    public static ContentLoader remembering() {
        return new ContentLoader(SchemaValidator.fromClasspath(), true);
    }

    /** Loads {@code contentDir}; problem paths are relative to {@code projectRoot}. */
    public LoadResult load(Path projectRoot, Path contentDir) {
        Problems problems = new Problems();
        ContentParts parts = new ContentParts();
        ContentWalker walker = new ContentWalker(projectRoot);
        parts.glossaryPath = walker.rel(contentDir.resolve("translit").resolve("glossary.tsv"));
        List<ContentFile> files = walker.walk(contentDir, problems);
        Map<String, Remembered> seen = new HashMap<>();
        for (ContentFile file : files) {
            Reading reading = read(walker.files(), file, problems, seen);
            if (reading == null) continue;
            problems.addAll(reading.problems());
            reading.contribution().accept(parts);
        }
        if (remembered != null) {
            remembered.keySet().retainAll(seen.keySet()); // files gone since: forgotten
            remembered.putAll(seen);
        }
        Content content = null;
        if (!problems.hasErrors()) {
            Content candidate = parts.toContent();
            CrossReferenceValidator.validate(candidate, problems);
            ValueRangeValidator.validate(candidate, problems);
            if (!problems.hasErrors()) content = candidate;
        }
        List<Problem> sorted = problems.sorted();
        return new LoadResult(content, sorted);
    }

    /**
     * What {@code file} gives: remembered when its kind and bytes are the same as at the last load, else read. Null
     * when its bytes could not be read (the problem is reported to {@code problems}).
     */
    private Reading read(ProjectFiles projectFiles, ContentFile file, Problems problems, Map<String, Remembered> seen) {
        ContentFormat format = file.kind().format();
        byte[] bytes = projectFiles.read(file.file(), format.maxBytes(),
                format.name().toLowerCase(Locale.ROOT) + " content files", problems);
        if (bytes == null) return null;
        if (remembered != null) {
            Remembered last = remembered.get(file.path());
            if (last != null && last.kind() == file.kind() && Arrays.equals(last.bytes(), bytes)) {
                seen.put(file.path(), last);
                return last.reading();
            }
        }
        Reading reading;
        try {
            reading = readingOf(projectFiles, file, bytes);
        } catch (RuntimeException e) {
            // A bug in a mapper must not hide the content problem next to it, nor print a stack trace.
            return new Reading(List.of(Problem.error(SourcePos.file(file.path()), "internal error while reading this "
                    + "file (" + e.getClass().getSimpleName() + "); please report it with the file")), NOTHING);
        }
        if (remembered != null) seen.put(file.path(), new Remembered(file.kind(), bytes, reading));
        return reading;
    }

    /** Decodes, parses, checks and maps one file's bytes; what it adds to the content is applied later. */
    private Reading readingOf(ProjectFiles files, ContentFile file, byte[] bytes) {
        Problems problems = new Problems();
        String text = decoder.decode(file.path(), bytes, file.kind().format(), problems);
        Consumer<ContentParts> adds = text == null ? NOTHING : switch (file.kind().format()) {
            case JSON -> {
                FileTree tree = json.read(file.path(), text, problems);
                yield tree != null && sound(file.kind(), tree, text, problems) ? mapJson(file, tree, problems) : NOTHING;
            }
            case MARKDOWN -> readDocument(files, file, bytes, text, problems);
            case TSV -> {
                TextHygiene.checkText(file.path(), text, 1, problems);
                yield parts -> {
                    parts.glossaryTsv = text;
                    parts.glossaryPath = file.path();
                };
            }
        };
        return new Reading(problems.sorted(), adds);
    }

    private Consumer<ContentParts> readDocument(ProjectFiles files, ContentFile file, byte[] bytes, String text,
                                                Problems problems) {
        SplitDocument doc = FrontMatterSplitter.split(file.path(), text, problems);
        if (doc == null) return NOTHING;
        TextHygiene.checkText(file.path(), doc.body(), doc.bodyLine(), problems);
        MarkdownReferences.check(file.path(), doc.body(), doc.bodyLine(), problems);
        FileTree tree = yaml.read(file.path(), doc, problems);
        if (tree == null || !sound(file.kind(), tree, text, problems)) return NOTHING;
        MarkdownBody body = MarkdownBody.of(files, file.file(), file.path(), bytes);
        if (file.kind() == FileKind.REPORT) {
            Document report = DocumentMapper.map(DocumentKind.REPORT, tree, file.slug(), doc, body, problems);
            return parts -> parts.reports.add(report);
        }
        Document page = DocumentMapper.map(DocumentKind.PAGE, tree, file.slug(), doc, body, problems);
        return parts -> parts.pages.add(page);
    }

    /** Text hygiene and schema: true when the tree may be mapped; {@code source} is the whole file's text. */
    private boolean sound(FileKind kind, FileTree tree, String source, Problems problems) {
        Problems local = new Problems();
        // Numbers first: the schema validator computes with them, and an unbounded one costs it minutes and memory.
        if (!NumberBounds.check(tree, local)) {
            problems.addAll(local.sorted());
            return false;
        }
        TextHygiene.check(tree, source, local);
        local.addAll(schemas.validate(kind, tree));
        problems.addAll(local.sorted());
        return !local.hasErrors();
    }

    /** Maps a sound JSON file to its records; what they add to the content. */
    private static Consumer<ContentParts> mapJson(ContentFile file, FileTree tree, Problems problems) {
        switch (file.kind()) {
            case SITE -> {
                SiteConfig site = SiteMapper.map(tree, problems);
                return parts -> parts.site = site;
            }
            case REGIONS -> {
                List<Region> regions = List.copyOf(RegionsMapper.map(tree));
                return parts -> parts.regions.addAll(regions);
            }
            case SOURCES -> {
                List<Source> sources = List.copyOf(SourcesMapper.map(tree));
                return parts -> parts.sources.addAll(sources);
            }
            case INDICATOR -> {
                Indicator indicator = IndicatorMapper.map(tree, file.slug(), problems);
                return parts -> parts.indicators.add(indicator);
            }
            case PORTAL -> {
                Portal portal = PortalMapper.map(tree, problems);
                return parts -> parts.portal = portal;
            }
            case WEBSITES -> {
                WebsiteRatings websites = WebsitesMapper.map(tree);
                return parts -> parts.websites = websites;
            }
            case PROJECTS -> {
                ProjectSet projects = ProjectSetMapper.map(tree, file.slug(), problems);
                return parts -> parts.projects.add(projects);
            }
            case OUTCOME -> {
                Service service = ServiceMapper.map(tree, file.slug(), problems);
                return parts -> parts.services.add(service);
            }
            case CHART -> {
                ChartDef chart = ChartMapper.map(tree, file.slug(), problems);
                return parts -> parts.charts.add(chart);
            }
            case STRINGS -> {
                Map<String, Text> strings = Map.copyOf(TextTableMapper.map(tree));
                return parts -> parts.strings.putAll(strings);
            }
            case UNITS -> {
                Map<String, Text> units = Map.copyOf(TextTableMapper.map(tree));
                return parts -> parts.units.putAll(units);
            }
            default -> throw new IllegalStateException("not a JSON kind: " + file.kind());
        }
    }
}
