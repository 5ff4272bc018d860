package uz.shaffof.importer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sheet as read from the file, before any meaning is given to it: rows of cells, each with its address, its text
 * and, for a workbook cell that holds a number, the number itself (so {@code 85.7} is not read back from a
 * formatted string). Rows and cells with nothing in them may be absent.
 */
public record Grid(String file, String sheet, List<Row> rows) {
    public Grid {
        rows = List.copyOf(rows);
    }

    /** One row: its cells in column order. */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in {@code column} (1-based), or null when it is empty or absent. */
        public Cell cell(int column) {
            for (Cell c : cells) if (c.ref().column() == column) return c;
            return null;
        }
    }

    /**
     * A cell: {@code text} as the editor sees it (never null; "" when empty), {@code number} when the workbook
     * stores a number, and whether its number format shows it as a percentage ({@code 0.857} shown as 85.7%).
     */
    public record Cell(CellRef ref, String text, BigDecimal number, boolean percentFormat) {
        public boolean isBlank() {
            return number == null && text.isBlank();
        }
    }
}
