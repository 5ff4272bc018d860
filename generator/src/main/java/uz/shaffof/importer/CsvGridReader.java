package uz.shaffof.importer;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads CSV as Excel writes it into a {@link Grid}: the encoding by {@link TextEncoding}, the separator detected
 * (semicolon, as Excel writes it where the decimal sign is a comma; comma; or tab), quoted fields (with separators or
 * line breaks inside) by Jackson's CSV parser. A cell's address is its line and field number.
 */
public final class CsvGridReader {
    private static final char[] SEPARATORS = {';', ',', '\t'};
    /** Lines looked at to choose the separator: titles above the table and the table's first rows. */
    private static final int SAMPLE_LINES = 40;
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvGridReader() {}

    /** Reads {@code bytes} of the file named {@code fileName}; {@code forced} overrides the detected encoding. */
    public static Grid read(String fileName, byte[] bytes, Charset forced) throws ImportException {
        String text = TextEncoding.decode(bytes, forced).text();
        char separator = separatorOf(text);
        try {
            return new Grid(fileName, null, parse(fileName, text, separator));
        } catch (IOException e) {
            throw new ImportException(fileName, "not readable as CSV: " + e.getMessage());
        }
    }

    /**
     * The separator that splits the sample into the most rows of one width (wider than one field). Counting
     * characters is not enough: in a semicolon file the decimal commas ({@code 85,7}) can outnumber the semicolons.
     * Ties go to the semicolon, Excel's choice where a comma is the decimal sign.
     */
    static char separatorOf(String text) {
        String sample = text.lines().limit(SAMPLE_LINES).collect(Collectors.joining("\n"));
        char best = ';';
        long bestScore = -1;
        for (char sep : SEPARATORS) {
            long score;
            try {
                score = consistentRows(parse("", sample, sep));
            } catch (IOException unreadable) {
                score = 0;
            }
            if (score > bestScore) {
                best = sep;
                bestScore = score;
            }
        }
        return best;
    }

    private static long consistentRows(List<Grid.Row> rows) {
        Map<Integer, Long> widths = rows.stream().map(r -> r.cells().size()).filter(w -> w > 1)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return widths.values().stream().max(Comparator.naturalOrder()).orElse(0L);
    }

    private static List<Grid.Row> parse(String fileName, String text, char separator) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<Grid.Row> rows = new ArrayList<>();
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(text)) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            if (p.nextToken() != JsonToken.START_ARRAY) return rows;
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<Grid.Cell> cells = new ArrayList<>();
                int line = -1;
                int column = 0;
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) line = p.currentTokenLocation().getLineNr();
                    column++;
                    cells.add(new Grid.Cell(new CellRef(fileName, null, line, column), p.getText(), null, false));
                }
                if (line > 0) rows.add(new Grid.Row(line, cells));
            }
        }
        return rows;
    }
}
