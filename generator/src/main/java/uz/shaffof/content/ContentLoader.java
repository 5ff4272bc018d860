package uz.shaffof.content;

import java.nio.file.Path;
import java.util.List;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

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
 * <p>Thread-safe: built once, it holds only immutable, thread-safe parsers and schemas.
 */
public final class ContentLoader {
    private final SourceDecoder decoder = new SourceDecoder();
    private final StrictJsonReader json = new StrictJsonReader();
    private final StrictYamlReader yaml = new StrictYamlReader();
    private final SchemaValidator schemas;

    private ContentLoader(SchemaValidator schemas) {
        this.schemas = schemas;
    }

    /** A loader with the project's schemas; build it once and reuse it. */
    public static ContentLoader create() {
        return new ContentLoader(SchemaValidator.fromClasspath());
    }

    /** Loads {@code contentDir}; problem paths are relative to {@code projectRoot}. */
    public LoadResult load(Path projectRoot, Path contentDir) {
        Problems problems = new Problems();
        ContentParts parts = new ContentParts();
        ContentWalker walker = new ContentWalker(projectRoot);
        parts.glossaryPath = walker.rel(contentDir.resolve("translit").resolve("glossary.tsv"));
        List<ContentFile> files = walker.walk(contentDir, problems);
        for (ContentFile file : files) {
            try {
                readFile(file, parts, problems);
            } catch (RuntimeException e) {
                // A bug in a mapper must not hide the content problem next to it, nor print a stack trace.
                problems.error(SourcePos.file(file.path()), "internal error while reading this file ("
                        + e.getClass().getSimpleName() + "); please report it with the file");
            }
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

    private void readFile(ContentFile file, ContentParts parts, Problems problems) {
        String text = decoder.read(file, problems);
        if (text == null) return;
        switch (file.kind().format()) {
            case JSON:
                FileTree tree = json.read(file.path(), text, problems);
                if (tree != null && sound(file.kind(), tree, problems)) mapJson(file, tree, parts, problems);
                break;
            case MARKDOWN:
                readDocument(file, text, parts, problems);
                break;
            case TSV:
                TextHygiene.checkText(file.path(), text, 1, problems);
                parts.glossaryTsv = text;
                parts.glossaryPath = file.path();
                break;
            default:
                throw new IllegalStateException("unknown format " + file.kind().format());
        }
    }

    private void readDocument(ContentFile file, String text, ContentParts parts, Problems problems) {
        SplitDocument doc = FrontMatterSplitter.split(file.path(), text, problems);
        if (doc == null) return;
        TextHygiene.checkText(file.path(), doc.body(), doc.bodyLine(), problems);
        FileTree tree = yaml.read(file.path(), doc, problems);
        if (tree == null || !sound(file.kind(), tree, problems)) return;
        if (file.kind() == FileKind.REPORT) {
            parts.reports.add(DocumentMapper.map(DocumentKind.REPORT, tree, file.slug(), doc, problems));
        } else {
            parts.pages.add(DocumentMapper.map(DocumentKind.PAGE, tree, file.slug(), doc, problems));
        }
    }

    /** Text hygiene and schema: true when the tree may be mapped. */
    private boolean sound(FileKind kind, FileTree tree, Problems problems) {
        Problems local = new Problems();
        TextHygiene.check(tree, local);
        local.addAll(schemas.validate(kind, tree));
        problems.addAll(local.sorted());
        return !local.hasErrors();
    }

    private static void mapJson(ContentFile file, FileTree tree, ContentParts parts, Problems problems) {
        switch (file.kind()) {
            case SITE -> parts.site = SiteMapper.map(tree, problems);
            case REGIONS -> parts.regions.addAll(RegionsMapper.map(tree));
            case SOURCES -> parts.sources.addAll(SourcesMapper.map(tree));
            case INDICATOR -> parts.indicators.add(IndicatorMapper.map(tree, file.slug(), problems));
            case PORTAL -> parts.portal = PortalMapper.map(tree, problems);
            case WEBSITES -> parts.websites = WebsitesMapper.map(tree);
            case PROJECTS -> parts.projects.add(ProjectSetMapper.map(tree, file.slug(), problems));
            case OUTCOME -> parts.services.add(ServiceMapper.map(tree, file.slug(), problems));
            case CHART -> parts.charts.add(ChartMapper.map(tree, file.slug(), problems));
            case STRINGS -> parts.strings.putAll(TextTableMapper.map(tree));
            case UNITS -> parts.units.putAll(TextTableMapper.map(tree));
            default -> throw new IllegalStateException("not a JSON kind: " + file.kind());
        }
    }
}
