package uz.shaffof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.content.Source;
import uz.shaffof.problem.Problem;
import uz.shaffof.scaffold.Starter;
import uz.shaffof.scaffold.StarterKind;
import uz.shaffof.scaffold.StarterWriter;
import uz.shaffof.scaffold.Starters;
import uz.shaffof.translit.Glossary;
import uz.shaffof.translit.GlossaryException;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * {@code shaffof new report|indicator|chart|region-data NAME}: writes a starting file that {@code check} accepts as
 * it is, in Uzbek Latin or Cyrillic, and prints what each field is for. It never replaces a file (exit 2). A content
 * file is loaded with the rest of the content once written; should that ever fail, the file is removed again.
 */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a starting file: a report, an indicator, a chart, or a region-data spreadsheet for import.")
public final class NewCommand implements Callable<Integer> {
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

    @Parameters(index = "0", paramLabel = "KIND", description = "report, indicator, chart or region-data.")
    String kind;

    @Parameters(index = "1", paramLabel = "NAME",
            description = "The id (content/reports/NAME.md, indicators/NAME.json, charts/NAME.json), or the spreadsheet's file name (region-data).")
    String name;

    @Option(names = "--script", paramLabel = "latn|cyrl", defaultValue = "latn", converter = TranslitCommand.ScriptConverter.class,
            description = "The alphabet of the file's text: latn (default) or cyrl.")
    Script script;

    @Option(names = "--source", paramLabel = "ID", description = "report: the document's id in sources.json (default: the first).")
    String source;

    @Option(names = "--dataset", paramLabel = "ID", description = "chart: the indicator to draw (default: the first with figures).")
    String dataset;

    @Option(names = "--years", paramLabel = "FROM-TO", description = "region-data: the year columns (default: the five years to the site's as-of date).")
    String years;

    @Option(names = "--root", paramLabel = "DIR", description = "Project root (default: the current directory).")
    Path root = Path.of(".");

    @Option(names = "--content", paramLabel = "DIR", description = "Content directory (default: ROOT/content).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StarterKind starterKind = StarterKind.ofCommandName(kind).orElse(null);
        if (starterKind == null) return usage(err, "unknown kind '" + kind + "': use report, indicator, chart or region-data");
        if (starterKind != StarterKind.REGION_DATA && !Starters.isSlug(name)) {
            return usage(err, "'" + name + "' cannot be an id: use lower-case Latin letters, digits and single hyphens "
                    + "(for example broadband-users-2021)");
        }
        Path rootDir = root.toAbsolutePath().normalize();
        Path contentDir = (content != null ? content : root.resolve("content")).toAbsolutePath().normalize();
        ContentLoader loader = ContentLoader.create();
        LoadResult loaded = loader.load(rootDir, contentDir);
        if (loaded.hasErrors()) {
            loaded.problems().forEach(err::println);
            err.println("new: the content has errors (above); fix them first, so the new file can be checked");
            err.flush();
            return ExitCodes.CONTENT;
        }
        Content c = loaded.content();
        Transliterator transliterator;
        try {
            transliterator = c.glossaryTsv() == null ? Transliterator.standard()
                    : Transliterator.builder().glossary(Glossary.parse(c.glossaryTsv(), c.glossaryPath())).build();
        } catch (GlossaryException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.CONTENT;
        }
        Starters starters = new Starters(c, contentDir, transliterator, script);
        Starter starter;
        switch (starterKind) {
            case REPORT -> {
                if (source != null && c.sources().stream().map(Source::id).noneMatch(source::equals)) {
                    return usage(err, "--source: no source \"" + source + "\" in content/sources.json");
                }
                starter = starters.report(name, source);
            }
            case INDICATOR -> starter = starters.indicator(name);
            case CHART -> {
                if (dataset != null && c.indicators().stream().noneMatch(i -> i.id().equals(dataset)) && !dataset.contains(".")) {
                    return usage(err, "--dataset: no indicator \"" + dataset + "\" in content/indicators/");
                }
                starter = starters.chart(name, dataset);
            }
            case REGION_DATA -> {
                int last = c.site().asOf().getYear();
                int first = last - 4;
                if (years != null) {
                    Matcher m = YEARS.matcher(years);
                    if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                        return usage(err, "--years: expected FROM-TO, for example 2016-2020, found '" + years + "'");
                    }
                    first = Integer.parseInt(m.group(1));
                    last = Integer.parseInt(m.group(2));
                }
                Path file = Path.of(name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name : name + ".csv");
                starter = starters.regionData(file, first, last);
            }
            default -> throw new IllegalStateException(starterKind.toString());
        }
        String shown = shown(rootDir, starter.file());
        try {
            StarterWriter.write(starter);
        } catch (FileAlreadyExistsException e) {
            return usage(err, shown + ": already exists; nothing was written (edit it, or choose another name)");
        }
        if (starterKind != StarterKind.REGION_DATA) {
            LoadResult after = loader.load(rootDir, contentDir);
            if (after.hasErrors()) {
                // A starter that does not load is a bug here, not the editor's doing: take it back, say so.
                Files.deleteIfExists(starter.file());
                after.problems().stream().filter(Problem::isError).forEach(err::println);
                err.println("new: internal error: the starting file did not pass the loader and was removed; please report it");
                err.flush();
                return ExitCodes.INTERNAL;
            }
        }
        out.println("Wrote " + shown + " (" + (script == Script.LATIN ? "Uzbek Latin" : "Uzbek Cyrillic") + "). Fill in:");
        starter.guidance().forEach(g -> out.println("  " + g));
        if (starterKind != StarterKind.REGION_DATA) out.println("Then: shaffof check   (or shaffof serve, to see it)");
        out.flush();
        return ExitCodes.OK;
    }

    private static String shown(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : file;
        return rel.toString().replace('\\', '/');
    }

    private static int usage(PrintWriter err, String message) {
        err.println("new: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
