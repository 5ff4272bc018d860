package uz.shaffof.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import uz.shaffof.csv.CsvWriter;
import uz.shaffof.translit.Script;

/**
 * A chart's data as the files readers download: CSV (one observation per row) and JSON (the spec's shape),
 * plus a catalog entry describing both. Numbers are written exactly as read ({@link BigDecimal#toPlainString},
 * a dot as decimal separator, the machine convention), "no data" as an empty cell or {@code null}. Output is
 * UTF-8 with LF line ends and sorted JSON keys: the same spec always gives the same bytes.
 *
 * <pre>{@code
 * write("andijon-internet.csv", ChartData.csv(spec));
 * write("andijon-internet.json", ChartData.json(spec));
 * write("andijon-internet.meta.json", ChartData.metadataJson(spec, "andijon-internet.csv", "andijon-internet.json"));
 * }</pre>
 */
public final class ChartData {
    /**
     * The CSV header; stable ASCII names, so scripts that read the files do not depend on the edition. Every row
     * repeats the unit and source, and says how the source states the value ({@code qualifier}: empty when exactly,
     * else {@code more_than}, {@code about}, ...), so that a row copied elsewhere keeps what its number means.
     */
    public static final String CSV_HEADER = "category,series,value,qualifier,unit,source";

    private ChartData() {}

    /**
     * CSV text (RFC 4180 quoting, LF line ends, formulas neutralised by {@link CsvWriter}; published with a BOM by
     * {@link CsvWriter#encode}): a header, then one row per category and series.
     */
    public static String csv(ChartSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < spec.categories().size(); c++) {
            for (Series s : spec.series()) {
                BigDecimal v = s.values().get(c);
                String q = s.qualifier(c);
                rows.add(List.of(spec.categories().get(c), s.name(), v == null ? "" : v.toPlainString(),
                        q == null ? "" : q, spec.unit(), spec.sourceLine()));
            }
        }
        return CsvWriter.write(List.of(CSV_HEADER.split(",")), rows);
    }

    /** JSON: the chart's id, texts, categories and series with exact numbers ({@code null} = no data). */
    public static String json(ChartSpec spec) {
        ObjectNode root = ChartJson.object()
                .put("id", spec.id())
                .put("title", spec.title())
                .put("subtitle", spec.subtitle())
                .put("unit", spec.unit())
                .put("source", spec.sourceLine())
                .put("language", language(spec.script()));
        ArrayNode categories = root.putArray("categories");
        spec.categories().forEach(categories::add);
        ArrayNode series = root.putArray("series");
        for (Series s : spec.series()) {
            ObjectNode node = series.addObject().put("name", s.name());
            ArrayNode values = node.putArray("values");
            for (BigDecimal v : s.values()) {
                if (v == null) values.addNull();
                else values.add(v);
            }
            ArrayNode qualifiers = node.putArray("qualifiers");
            s.qualifiers().forEach(qualifiers::add);
        }
        return ChartJson.writePretty(root);
    }

    /**
     * A catalog entry for the data catalog page and machine readers, in the spirit of a Frictionless data
     * resource: what the files are, their schema, their SHA-256, and how many observations have no data.
     *
     * @param csvPath the CSV's path as published (relative to the entry)
     * @param jsonPath the JSON's path as published
     */
    public static String metadataJson(ChartSpec spec, String csvPath, String jsonPath) {
        return metadataJson(spec, csvPath, jsonPath, "", null);
    }

    /**
     * The metadata with the method note and the date the data is true as of ({@code lastUpdated}: from the
     * content, never the build machine's clock; {@code null} when unknown).
     */
    public static String metadataJson(ChartSpec spec, String csvPath, String jsonPath, String method,
                                      java.time.LocalDate lastUpdated) {
        ObjectNode root = ChartJson.object()
                .put("id", spec.id())
                .put("title", spec.title())
                .put("description", spec.subtitle())
                .put("unit", spec.unit())
                .put("source", spec.sourceLine())
                .put("method", method == null ? "" : method)
                .put("lastUpdated", lastUpdated == null ? null : lastUpdated.toString())
                .put("language", language(spec.script()))
                .put("kind", spec.kind().name().toLowerCase(java.util.Locale.ROOT));
        long observations = (long) spec.categories().size() * spec.series().size();
        long missing = spec.series().stream().flatMap(s -> s.values().stream()).filter(v -> v == null).count();
        root.put("observations", observations).put("missing", missing);
        ArrayNode resources = root.putArray("resources");
        ObjectNode csv = resources.addObject().put("path", csvPath).put("format", "csv").put("mediatype", "text/csv")
                .put("encoding", "utf-8").put("hash", "sha256:" + sha256(CsvWriter.encode(csv(spec))));
        ArrayNode fields = csv.putObject("schema").putArray("fields");
        fields.addObject().put("name", "category").put("type", "string");
        fields.addObject().put("name", "series").put("type", "string");
        fields.addObject().put("name", "value").put("type", "number").put("decimalChar", ".");
        fields.addObject().put("name", "qualifier").put("type", "string")
                .put("description", "empty: exactly as stated; more_than, about, at_least, less_than");
        fields.addObject().put("name", "unit").put("type", "string");
        fields.addObject().put("name", "source").put("type", "string");
        resources.addObject().put("path", jsonPath).put("format", "json").put("mediatype", "application/json")
                .put("encoding", "utf-8").put("hash", "sha256:" + sha256(json(spec)));
        return ChartJson.writePretty(root);
    }

    private static String language(Script script) {
        return script == Script.CYRILLIC ? "uz-Cyrl" : "uz-Latn";
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
