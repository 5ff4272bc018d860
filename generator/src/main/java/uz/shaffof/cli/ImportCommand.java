package uz.shaffof.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.importer.ImportException;
import uz.shaffof.importer.ImportProblem;
import uz.shaffof.importer.ImportRequest;
import uz.shaffof.importer.ImportResult;
import uz.shaffof.importer.Importer;
import uz.shaffof.importer.ObservationMerge;
import uz.shaffof.importer.RegionNames;

/**
 * {@code shaffof import FILE --indicator ID --source ID}: a table of regions by years from a department's
 * spreadsheet into {@code content/indicators/ID.json}. Problems are printed at their cells
 * ({@code broadband.xlsx:Sheet1!C7: ...}, {@code broadband.csv:7:3: ...}); on any problem nothing is written (exit 1).
 * A figure that differs from the file's is a problem unless {@code --update} is given.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import a table of regions by years (.xlsx or .csv) into an indicator's observations.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The spreadsheet: .xlsx, or .csv (comma or semicolon; UTF-8 or Windows-1251).")
    Path file;

    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "The indicator (content/indicators/ID.json).")
    String indicator;

    @Option(names = "--source", required = true, paramLabel = "ID", description = "The document the figures come from (an id in content/sources.json).")
    String source;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet (default: the first).")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "The CSV file's encoding, when detection is wrong: utf-8 or windows-1251 (default: detected).")
    Charset encoding;

    @Option(names = "--update", description = "Replace figures that differ from those in the file (default: report them and write nothing).")
    boolean update;

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
        Path contentDir = content != null ? content : root.resolve("content");
        ImportRequest request = new ImportRequest(root, contentDir, file, indicator, source, sheet, encoding, update);
        ImportResult result;
        try {
            result = new Importer(ContentLoader.create()).run(request);
        } catch (ImportException e) {
            // A sheet of wrong cells can give thousands of lines: the first ones and a count, as Reporter does.
            e.problems().stream().limit(Reporter.LIMIT).forEach(err::println);
            if (e.problems().size() > Reporter.LIMIT) err.println("... and " + (e.problems().size() - Reporter.LIMIT) + " more");
            if (e.isUsage()) {
                err.flush();
                return ExitCodes.USAGE;
            }
            err.println("import failed: " + e.problems().size() + " problem(s); nothing was written");
            err.flush();
            return ExitCodes.CONTENT;
        }
        report(out, result);
        return ExitCodes.OK;
    }

    private void report(PrintWriter out, ImportResult r) {
        ObservationMerge m = r.merge();
        int total = m.added().size() + m.changed().size() + m.unchanged().size();
        String name = file.getFileName().toString();
        if (r.updated()) {
            for (ObservationMerge.Changed c : m.changed()) {
                String region = RegionNames.WHOLE_COUNTRY.equals(c.figure().region()) ? "whole country" : c.figure().region();
                out.println(c.figure().cell() + ": replaced " + region + " " + c.figure().year() + ": "
                        + c.oldValue().toPlainString() + " -> " + c.figure().value().toPlainString());
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        parts.add(m.added().size() + " added");
        if (r.updated()) parts.add(m.changed().size() + " replaced");
        parts.add(m.unchanged().size() + " unchanged");
        out.println(name + ": " + total + " figure(s) for " + indicator + ": " + String.join(", ", parts));
        out.println(r.written() ? "Wrote " + r.indicatorPath() + "; run `shaffof check` or `shaffof serve` to see it"
                : "Nothing to change in " + r.indicatorPath());
        out.flush();
    }

    static final class CharsetConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown encoding '" + value + "': use utf-8 or windows-1251");
            }
        }
    }

}
