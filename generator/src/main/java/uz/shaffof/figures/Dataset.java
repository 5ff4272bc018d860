package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uz.shaffof.content.Text;
import uz.shaffof.csv.CsvWriter;

/**
 * One downloadable dataset: an id (the file name without extension), a title ({@code null} when the content
 * gives none; pages then use their own interface string), typed columns, one row per observation and the ids of
 * the sources the rows cite. Cells are script-neutral: codes, ids, ISO dates and numbers written exactly as read
 * ({@link BigDecimal#toPlainString()}); an empty cell means "no value" (never 0).
 *
 * <pre><code>dataset.csv()   // "region,year,value\nUZ-AN,2016,37.7\n"
 * dataset.json()  // {"columns":[...],"dataset":"...","rows":[{"region":"UZ-AN","value":37.7,"year":2016}],
 *                 //  "sources":[...]}</code></pre>
 */
public record Dataset(String id, Text title, List<Column> columns, List<List<String>> rows, List<String> sourceIds) {
    /** The id of the dataset of every project set's totals as its source states them. */
    public static final String PROJECT_TOTALS = "project-totals";

    public Dataset {
        Objects.requireNonNull(id, "id must not be null");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        sourceIds = sourceIds.stream().distinct().sorted().toList();
        for (int r = 0; r < rows.size(); r++) check(id, columns, rows.get(r), r);
    }

    private static void check(String id, List<Column> columns, List<String> row, int r) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row " + r + " of dataset " + id + " has " + row.size()
                    + " cells for " + columns.size() + " columns");
        }
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (columns.get(c).type() == Column.Type.NUMBER && !cell.isEmpty()) {
                try {
                    new BigDecimal(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("cell \"" + cell + "\" in column " + columns.get(c).name()
                            + " of dataset " + id + " is not a number", e);
                }
            }
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * RFC 4180 CSV with a header row and LF line ends, a text cell a spreadsheet would run as a formula neutralised
     * ({@link CsvWriter}); encode as UTF-8.
     */
    public String csv() {
        return CsvWriter.write(columnNames(), rows);
    }

    /** JSON with sorted keys and numbers exactly as read; encode as UTF-8. */
    public String json() {
        return DatasetJson.write(this);
    }
}
