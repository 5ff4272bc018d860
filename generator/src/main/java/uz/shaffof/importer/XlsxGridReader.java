package uz.shaffof.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads one sheet of an .xlsx workbook into a {@link Grid} with fastexcel-reader. A merged cell (a title across the
 * table, "Years" across the year columns) holds its value in its top-left cell and nothing in the others, in the
 * file as here; {@link RegionYearTable} looks for the row of years, so such rows above it are passed over.
 *
 * <p>Numbers are taken as stored, not as displayed: a cell shown as {@code 85,7} under a one-decimal format may hold
 * 85.67. A workbook stores binary doubles (85.7 may be written {@code 85.700000000000003}); like Excel, which shows at
 * most 15 significant digits, the reader rounds to 15 and drops trailing zeros. A formula cell gives its cached value.
 */
public final class XlsxGridReader {
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsxGridReader() {}

    /** Reads sheet {@code sheetName} (the first sheet when null) of the workbook {@code bytes}. */
    public static Grid read(String fileName, byte[] bytes, String sheetName) throws ImportException {
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            String hint = ReadableWorkbook.isOLE2Header(bytes)
                    ? "an old .xls workbook: open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8"
                    : "not an .xlsx workbook";
            throw new ImportException(fileName, hint);
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            Sheet sheet = sheetName == null ? book.getFirstSheet() : book.findSheet(sheetName).orElse(null);
            if (sheet == null) {
                List<String> names = book.getSheets().map(Sheet::getName).toList();
                throw new ImportException(fileName, "no sheet named \"" + sheetName + "\"; the workbook has "
                        + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList()));
            }
            List<Grid.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(r -> rows.add(row(fileName, sheet.getName(), r)));
            } catch (UncheckedIOException e) {
                throw new IOException(e.getCause());
            }
            return new Grid(fileName, sheet.getName(), rows);
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a damaged zip or XML as either; the editor needs one line, not a stack trace.
            throw new ImportException(fileName, "not readable as an .xlsx workbook: " + e.getMessage());
        }
    }

    private static Grid.Row row(String fileName, String sheet, Row r) {
        List<Grid.Cell> cells = new ArrayList<>();
        for (Cell c : r) {
            if (c == null || c.getType() == CellType.EMPTY) continue;
            CellRef ref = new CellRef(fileName, sheet, c.getAddress().getRow() + 1, c.getAddress().getColumn() + 1);
            BigDecimal number = number(c);
            String text = number != null ? number.toPlainString() : textOf(c);
            String format = c.getDataFormatString();
            cells.add(new Grid.Cell(ref, text, number, number != null && format != null && format.contains("%")));
        }
        return new Grid.Row(r.getRowNum(), cells);
    }

    private static BigDecimal number(Cell c) {
        if (c.getType() != CellType.NUMBER && c.getType() != CellType.FORMULA) return null;
        String raw = c.getRawValue();
        if (raw == null || raw.isBlank()) return null;
        try {
            BigDecimal exact = new BigDecimal(raw.strip());
            BigDecimal shown = exact.round(EXCEL_DIGITS).stripTrailingZeros();
            return shown.scale() < 0 ? shown.setScale(0) : shown;
        } catch (NumberFormatException textResult) {
            return null; // a formula whose cached result is text
        }
    }

    private static String textOf(Cell c) {
        if (c.getType() == CellType.FORMULA && (c.getRawValue() == null || c.getRawValue().isBlank())) {
            // Excel stores each formula's result; a file written by another program may not. Never an empty cell.
            return "=" + c.getFormula();
        }
        String raw = c.getType() == CellType.STRING ? c.asString() : c.getRawValue();
        if (c.getType() == CellType.ERROR) return raw == null ? "#ERROR" : raw;
        return raw == null ? "" : raw;
    }
}
