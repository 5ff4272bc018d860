package uz.shaffof.importer;

import java.util.List;

/**
 * An import that cannot go on: the file cannot be read as a spreadsheet, or the table has no years. Carries the
 * problems to print; the caller exits 1 and writes nothing.
 */
public final class ImportException extends Exception {
    private final transient List<ImportProblem> problems;
    private final boolean usage;

    public ImportException(List<ImportProblem> problems) {
        this(problems, false);
    }

    private ImportException(List<ImportProblem> problems, boolean usage) {
        super(problems.isEmpty() ? "import failed" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
        this.usage = usage;
    }

    public ImportException(String where, String message) {
        this(List.of(new ImportProblem(where, message)));
    }

    /** The command line asks for something that does not exist (an indicator, a source, a sheet kind): exit 2. */
    public static ImportException usage(String where, String message) {
        return new ImportException(List.of(new ImportProblem(where, message)), true);
    }

    public boolean isUsage() {
        return usage;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
