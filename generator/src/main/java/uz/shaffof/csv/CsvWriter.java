package uz.shaffof.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV by RFC 4180 (a header row; fields with a comma, quote or line break quoted, quotes doubled) except that
 * lines end in LF, like every other file the site publishes, and neutralises formulas as OWASP's "CSV Injection"
 * advises: a spreadsheet program that opens the download runs a cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (or the full-width {@code ＝ ＋ － ＠}, which some read the same
 * way) as a formula, so such a cell gets a leading apostrophe, which spreadsheets take as "this is text", and is
 * quoted. A cell that is a plain decimal number ({@code -52.3}, as {@link java.math.BigDecimal#toPlainString} writes
 * numbers) is left as it is, so that a negative number stays a number in a numeric column; a number cannot run
 * anything. The JSON beside each CSV keeps every text exactly, without the apostrophe.
 *
 * <p>A published file is {@link #encode}d: UTF-8 with a byte order mark, because Excel reads a CSV without one in
 * the reader's ANSI code page (Windows-1251 in a Russian or Uzbek locale) and shows UTF-8 text as mojibake. The
 * separator stays a comma, as tools expect; Excel in a locale whose list separator is {@code ;} still puts a
 * double-clicked comma CSV in one column, which is why every dataset is also published as XLSX (see
 * {@code docs/FIGURES.md}).
 *
 * <pre><code>CsvWriter.cell("=HYPERLINK(\"x\")")  // "'=HYPERLINK(""x"")"  (quoted, with the apostrophe)
 * CsvWriter.cell("-52.3")              // -52.3
 * CsvWriter.cell("-1+2")               // "'-1+2"</code></pre>
 */
public final class CsvWriter {
    /** What spreadsheet programs read as the start of a formula, when a cell begins with it. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private CsvWriter() {}

    /** The byte order mark Excel needs to read a CSV as UTF-8; tools that read UTF-8 skip it. */
    public static final String BOM = "\uFEFF";

    /** The bytes of a published CSV file: the BOM, then the text as UTF-8. */
    public static byte[] encode(String csv) {
        return (BOM + csv).getBytes(StandardCharsets.UTF_8);
    }

    /** A header line, then one line per row, each cell written by {@link #cell}. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (List<String> row : rows) line(out, row);
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append('\n');
    }

    /** One field: neutralised when a spreadsheet would run it, and quoted when RFC 4180 or the neutralising asks. */
    public static String cell(String text) {
        String cell = text;
        boolean neutralise = startsFormula(cell);
        if (neutralise) cell = "'" + cell;
        boolean quote = neutralise || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** True when a spreadsheet would read the cell as a formula: it begins with a formula start and is no number. */
    static boolean startsFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches();
    }
}
