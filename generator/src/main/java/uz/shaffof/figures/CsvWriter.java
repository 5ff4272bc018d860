package uz.shaffof.figures;

import java.util.List;

/**
 * Writes CSV by RFC 4180 (a header row; fields with a comma, quote or line break quoted, quotes doubled) except
 * that lines end in LF, like every other file the site publishes.
 */
final class CsvWriter {
    private CsvWriter() {}

    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (List<String> row : rows) line(out, row);
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            field(out, cells.get(i));
        }
        out.append('\n');
    }

    private static void field(StringBuilder out, String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        if (!quote) {
            out.append(cell);
            return;
        }
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
    }
}
