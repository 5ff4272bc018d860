package uz.shaffof.importer;

/**
 * Where a cell is in the spreadsheet an editor has open: the file name, the sheet ({@code null} for CSV), and the
 * 1-based row and column. Printed the way the editor finds it: {@code broadband.xlsx:Sheet1!C7} for a workbook,
 * {@code broadband.csv:7:3} (line, field) for CSV, in the {@code file:line:col} shape of every other message.
 */
public record CellRef(String file, String sheet, int row, int column) {

    /** The A1-style address: column letters and row number ({@code C7}). */
    public String a1() {
        return columnLetters(column) + row;
    }

    /** Where the figure came from, for the observation's {@code locator}: {@code broadband.xlsx, Sheet1!C7}. */
    public String locator() {
        return sheet == null ? file + ", " + a1() : file + ", " + sheet + "!" + a1();
    }

    @Override
    public String toString() {
        return sheet == null ? file + ":" + row + ":" + column : file + ":" + sheet + "!" + a1();
    }

    /** 1 → A, 26 → Z, 27 → AA. */
    static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) s.insert(0, (char) ('A' + (c - 1) % 26));
        return s.toString();
    }
}
