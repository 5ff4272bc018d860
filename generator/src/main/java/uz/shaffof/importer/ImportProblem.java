package uz.shaffof.importer;

/**
 * One thing wrong with an import, where it is: a cell ({@code broadband.xlsx:Sheet1!C7}), a file
 * ({@code broadband.csv}) or a content file position ({@code content/indicators/x.json:12:5}). One line of output.
 */
public record ImportProblem(String where, String message) {

    public static ImportProblem at(CellRef cell, String message) {
        return new ImportProblem(cell.toString(), message);
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
