package uz.shaffof.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Dataset} as JSON: {@code {"columns": [...], "dataset": id, "rows": [{column: cell}], "sources":
 * [...]}} with keys sorted, numbers as JSON numbers written exactly as read (plain notation, trailing zeros kept)
 * and empty cells as {@code null}.
 */
final class DatasetJson {
    // Built once and never reconfigured: an ObjectMapper is thread-safe once configured.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DatasetJson() {}

    static String write(Dataset d) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> row : d.rows()) {
            Map<String, Object> obj = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                Column column = d.columns().get(c);
                obj.put(column.name(), cell(column, row.get(c)));
            }
            rows.add(obj);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", d.id());
        root.put("columns", d.columnNames());
        root.put("rows", rows);
        root.put("sources", d.sourceIds());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // Only strings, lists, maps and BigDecimals are written: failing here is a bug, not bad content.
            throw new IllegalStateException("cannot write dataset " + d.id() + " as JSON", e);
        }
    }

    private static Object cell(Column column, String cell) {
        if (cell.isEmpty()) return null;
        return column.type() == Column.Type.NUMBER ? new BigDecimal(cell) : cell;
    }
}
