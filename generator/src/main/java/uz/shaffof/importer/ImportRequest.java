package uz.shaffof.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import: the spreadsheet, into which indicator, citing which source; the sheet of a workbook
 * ({@code null}: the first), the encoding of a CSV file ({@code null}: detected), and whether changed figures replace
 * the ones in the file. {@code root} is the project root (paths in messages are relative to it).
 */
public record ImportRequest(Path root, Path content, Path spreadsheet, String indicator, String source, String sheet,
                            Charset encoding, boolean update) {
    public ImportRequest {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(spreadsheet, "spreadsheet");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
        root = root.toAbsolutePath().normalize();
        content = content.toAbsolutePath().normalize();
    }
}
