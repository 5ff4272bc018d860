package uz.shaffof.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A dataset as an XLSX workbook, for readers who open downloads in Excel: Excel opens it the same in every locale
 * (a CSV's separator and encoding depend on the reader's regional settings). One sheet: a bold, frozen header row,
 * then the rows; numeric columns hold numbers, every other cell is a string cell, so a text beginning with
 * {@code =} is shown, never evaluated (the workbook has no formula cells). Written with fastexcel, then re-packed
 * by {@link StableZip} without the creation time fastexcel stamps from the clock, so the bytes depend on the data
 * only.
 *
 * <pre><code>XlsxWriter.write("portal", List.of("region", "received"), List.of(false, true), rows)</code></pre>
 */
public final class XlsxWriter {
    private XlsxWriter() {}

    /**
     * @param sheet the sheet's name (at most 31 characters, as Excel allows)
     * @param numeric for each column, whether its non-empty cells are decimal numbers
     */
    public static byte[] write(String sheet, List<String> header, List<Boolean> numeric, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Shaffof", "1.0");
            Worksheet ws = wb.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
            for (int c = 0; c < header.size(); c++) ws.value(0, c, header.get(c));
            ws.range(0, 0, 0, header.size() - 1).style().bold().set();
            ws.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    if (cell.isEmpty()) continue;
                    if (numeric.get(c)) ws.value(r + 1, c, new BigDecimal(cell));
                    else ws.value(r + 1, c, cell);
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook in memory failed", e);
        }
        return StableZip.rewrite(out.toByteArray(), XlsxWriter::withoutClock);
    }

    /** docProps/core.xml without {@code dcterms:created}, which fastexcel sets to the moment of writing. */
    private static byte[] withoutClock(String name, byte[] bytes) {
        if (!name.equals("docProps/core.xml")) return bytes;
        String xml = new String(bytes, StandardCharsets.UTF_8)
                .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "");
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
