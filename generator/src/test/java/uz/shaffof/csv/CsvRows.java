package uz.shaffof.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads CSV (or TSV) text back into rows of fields, for tests of the files the site publishes: quoted fields, doubled
 * quotes and line breaks inside quotes, as RFC 4180 has them. Jackson's CSV parser reads them, so what a test reads
 * does not depend on {@link CsvWriter}, the code that wrote them.
 */
public final class CsvRows {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvRows() {}

    /** The rows of comma-separated {@code csv}, each a list of its fields. */
    public static List<List<String>> read(String csv) {
        return read(csv, ',');
    }

    /** The rows of {@code text}, its fields separated by {@code separator}. */
    public static List<List<String>> read(String text, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (MappingIterator<List<String>> rows = MAPPER.readerForListOf(String.class).with(schema).readValues(text)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("not readable as CSV: " + e.getMessage(), e);
        }
    }
}
