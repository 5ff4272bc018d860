package uz.shaffof.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.LoadResult;
import uz.shaffof.content.Source;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.project.ProjectFiles;
import uz.shaffof.translit.Glossary;
import uz.shaffof.translit.GlossaryException;
import uz.shaffof.translit.Transliterator;

/**
 * Runs an import from the spreadsheet to the written file: loads the content (it must be sound, or the result could
 * not be checked), reads the table, merges it with the indicator's observations, edits the file's text, loads the
 * whole content again with the new file in place (in a copy, so a failure touches nothing), and only then replaces
 * the file, atomically. Every problem is reported at the spreadsheet cell it comes from; on any problem nothing is
 * written. A figure that differs from the file's is a problem unless the request says {@code update}.
 */
public final class Importer {
    private final ContentLoader loader;

    public Importer(ContentLoader loader) {
        this.loader = loader;
    }

    public ImportResult run(ImportRequest request) throws ImportException, IOException {
        LoadResult before = loader.load(request.root(), request.content());
        if (before.hasErrors()) {
            List<ImportProblem> problems = new ArrayList<>(fromLoader(before.problems()));
            problems.add(new ImportProblem(rel(request.root(), request.content()),
                    "the content has errors (above): fix them first, so the import can be checked"));
            throw new ImportException(problems);
        }
        Content content = before.content();
        Indicator indicator = indicator(content, request);
        source(content, request);
        Path indicatorFile = request.content().resolve("indicators").resolve(indicator.id() + ".json");
        String indicatorPath = rel(request.root(), indicatorFile);

        Grid grid = readGrid(request);
        boolean percent = "percent".equals(indicator.unit());
        RegionYearTable.Read table = RegionYearTable.read(grid, RegionNames.of(content.regions(), transliterator(content)), percent);
        String text = readContentFile(request.root(), indicatorFile);
        IndicatorJson json = IndicatorJson.parse(text);
        ObservationMerge merge = ObservationMerge.of(table.figures(), json);

        List<ImportProblem> problems = new ArrayList<>(table.problems());
        if (!request.update()) {
            for (ObservationMerge.Changed c : merge.changed()) {
                problems.add(ImportProblem.at(c.figure().cell(), describe(c, indicatorPath, text)
                        + "; run again with --update to replace it"));
            }
        }
        if (!problems.isEmpty()) throw new ImportException(sorted(problems));

        boolean replacing = request.update() && !merge.changed().isEmpty();
        if (merge.added().isEmpty() && !replacing) return new ImportResult(merge, indicatorPath, false, false);

        IndicatorFileEditor.Edited edited = IndicatorFileEditor.apply(text, json, merge, request.update(), request.source());
        check(request, indicatorFile, indicatorPath, edited);
        writeAtomically(indicatorFile, edited.text());
        return new ImportResult(merge, indicatorPath, true, replacing);
    }

    /** How a changed figure is reported: {@code UZ-AN 2017: 21000 here, 20751 in content/indicators/x.json:12}. */
    public static String describe(ObservationMerge.Changed c, String indicatorPath, String fileText) {
        RegionYearTable.Figure f = c.figure();
        String region = RegionNames.WHOLE_COUNTRY.equals(f.region()) ? "whole country" : f.region();
        return region + " " + f.year() + ": " + shown(f.value().toPlainString(), ObservationMerge.jsonName(f.qualifier()))
                + " here, " + shown(c.oldValue() == null ? "?" : c.oldValue().toPlainString(), c.oldQualifier())
                + " in " + indicatorPath + ":" + lineOf(fileText, c.existing().start());
    }

    private static String shown(String value, String qualifier) {
        return "exact".equals(qualifier) ? value : value + " (" + qualifier + ")";
    }

    private static Indicator indicator(Content content, ImportRequest request) throws ImportException {
        Indicator found = content.indicators().stream().filter(i -> i.id().equals(request.indicator())).findFirst().orElse(null);
        if (found == null) {
            throw ImportException.usage("--indicator", "no indicator \"" + request.indicator() + "\" in "
                    + rel(request.root(), request.content().resolve("indicators")) + "/; start one with: shaffof new indicator "
                    + request.indicator());
        }
        if (found.isDerived()) {
            throw ImportException.usage("--indicator", "\"" + found.id() + "\" is computed from "
                    + found.derivation().numerator() + " / " + found.derivation().denominator()
                    + ": import the figures into those indicators");
        }
        return found;
    }

    private static void source(Content content, ImportRequest request) throws ImportException {
        if (content.sources().stream().map(Source::id).anyMatch(request.source()::equals)) return;
        throw ImportException.usage("--source", "no source \"" + request.source() + "\" in "
                + rel(request.root(), request.content().resolve("sources.json")) + "; add the document there first (known: "
                + String.join(", ", content.sources().stream().map(Source::id).toList()) + ")");
    }

    private static Grid readGrid(ImportRequest request) throws ImportException, IOException {
        Path file = request.spreadsheet();
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) throw ImportException.usage(file.toString(), "no such file");
        // The editor names this file on the command line, so a link to it is followed; a pipe or a device is not read.
        if (!Files.isRegularFile(file)) throw ImportException.usage(file.toString(), "not a regular file");
        if (Files.size(file) > ProjectFiles.MAX_FILE_BYTES) {
            throw ImportException.usage(file.toString(), "larger than " + ProjectFiles.MAX_FILE_BYTES / (1024 * 1024)
                    + " MiB: not a table of regions by years");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return XlsxGridReader.read(name, bytes, request.sheet());
        if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            if (request.sheet() != null) throw ImportException.usage("--sheet", "a CSV file has no sheets");
            return CsvGridReader.read(name, bytes, request.encoding());
        }
        if (lower.endsWith(".xls")) {
            throw ImportException.usage(name, "an old .xls workbook: open it in Excel and save it as .xlsx or CSV UTF-8");
        }
        throw ImportException.usage(name, "not a spreadsheet this command reads: .xlsx or .csv");
    }

    private static Transliterator transliterator(Content content) throws ImportException {
        if (content.glossaryTsv() == null) return Transliterator.standard();
        try {
            return Transliterator.builder().glossary(Glossary.parse(content.glossaryTsv(), content.glossaryPath())).build();
        } catch (GlossaryException e) {
            throw new ImportException(content.glossaryPath(), e.getMessage());
        }
    }

    /**
     * Loads the whole content with the edited file in place, in a copy of the content folder: the same checks as
     * {@code shaffof check} runs on content (schema, regions, sources, years within the as-of date, percentages within
     * 0..100). A problem inside an imported observation is reported at its cell.
     */
    private void check(ImportRequest request, Path indicatorFile, String indicatorPath, IndicatorFileEditor.Edited edited)
            throws ImportException, IOException {
        Path scratch = Files.createTempDirectory("shaffof-import-");
        try {
            // The copy stands where the content stands relative to the root, so the loader's paths are the real ones.
            String contentRel = request.content().startsWith(request.root())
                    ? request.root().relativize(request.content()).toString() : "";
            Path copy = scratch.resolve(contentRel.isEmpty() ? "content" : contentRel);
            copyTree(request.root(), request.content(), copy);
            Path copiedIndicator = copy.resolve(request.content().relativize(indicatorFile).toString());
            Files.writeString(copiedIndicator, edited.text(), StandardCharsets.UTF_8);
            String loaderPath = rel(scratch, copiedIndicator);
            LoadResult after = loader.load(scratch, copy);
            if (!after.hasErrors()) return;
            List<ImportProblem> problems = new ArrayList<>();
            for (Problem p : after.problems()) {
                if (!p.isError()) continue;
                boolean inIndicator = p.pos().path().equals(loaderPath);
                CellRef cell = inIndicator ? cellAt(edited, p.pos().line()) : null;
                String where = inIndicator ? indicatorPath + ":" + p.pos().line() + ":" + p.pos().column() : p.pos().toString();
                problems.add(cell != null ? ImportProblem.at(cell, p.message()) : new ImportProblem(where, p.message()));
            }
            throw new ImportException(sorted(problems));
        } finally {
            deleteTree(scratch);
        }
    }

    private static CellRef cellAt(IndicatorFileEditor.Edited edited, int line) {
        for (IndicatorFileEditor.Placed p : edited.placed()) {
            if (line >= p.firstLine() && line <= p.lastLine()) return p.cell();
        }
        return null;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".import.tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<ImportProblem> fromLoader(List<Problem> problems) {
        return problems.stream().map(p -> new ImportProblem(p.pos().toString(),
                (p.isError() ? "" : p.severity().name().toLowerCase(Locale.ROOT) + ": ") + p.message())).toList();
    }

    /** Problems in the order of the sheet: by row, then column (cells), others by their text. */
    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream().sorted(Comparator.comparing(ImportProblem::where, Importer::byPosition)
                .thenComparing(ImportProblem::message)).toList();
    }

    /** Compares {@code file:Sheet!C7} and {@code file:7:3} places by row, then column; others as text. */
    private static int byPosition(String a, String b) {
        int[] pa = position(a), pb = position(b);
        if (pa != null && pb != null) {
            int c = Integer.compare(pa[0], pb[0]);
            return c != 0 ? c : Integer.compare(pa[1], pb[1]);
        }
        return a.compareTo(b);
    }

    private static int[] position(String where) {
        java.util.regex.Matcher a1 = java.util.regex.Pattern.compile("!([A-Z]+)(\\d+)$").matcher(where);
        if (a1.find()) {
            int col = 0;
            for (char ch : a1.group(1).toCharArray()) col = col * 26 + (ch - 'A' + 1);
            return new int[] {Integer.parseInt(a1.group(2)), col};
        }
        java.util.regex.Matcher lc = java.util.regex.Pattern.compile(":(\\d+):(\\d+)$").matcher(where);
        return lc.find() ? new int[] {Integer.parseInt(lc.group(1)), Integer.parseInt(lc.group(2))} : null;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    static String rel(Path root, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** The text of a content file the loader has just accepted, read as the loader reads it (no link followed). */
    private static String readContentFile(Path root, Path file) throws IOException {
        Problems problems = new Problems();
        byte[] bytes = new ProjectFiles(root).read(file, ProjectFiles.MAX_FILE_BYTES, "content files", problems);
        if (bytes == null) throw new IOException(problems.sorted().toString());
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Copies the regular files under {@code from}, as the project reader lists them (links are not followed). */
    private static void copyTree(Path root, Path from, Path to) throws IOException {
        Problems problems = new Problems();
        List<ProjectFiles.Entry> files = new ProjectFiles(root).filesUnder(from, problems);
        if (problems.hasErrors()) throw new IOException(problems.sorted().toString());
        for (ProjectFiles.Entry e : files) {
            Path target = to.resolve(from.relativize(e.path()).toString());
            Files.createDirectories(target.getParent());
            Files.copy(e.path(), target, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A scratch copy left in the temp folder harms nothing; the import's own outcome stands.
        }
    }
}
