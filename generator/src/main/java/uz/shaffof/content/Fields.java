package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uz.shaffof.problem.Problems;

/**
 * Reads typed values out of a content tree that has passed its schema, so the types are known; a missing
 * field or JSON {@code null} reads as {@code null}. Every string comes out in Unicode NFC: a decomposed
 * {@code ў} (U+0443 U+0306) from some keyboards and PDFs would otherwise differ from the composed one (U+045E)
 * in searches, sorting and transliteration.
 */
final class Fields {
    static final String LATIN = "uz-Latn";
    static final String CYRILLIC = "uz-Cyrl";

    private Fields() {}

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static boolean present(JsonNode object, String field) {
        JsonNode v = object.get(field);
        return v != null && !v.isNull();
    }

    static String string(JsonNode object, String field) {
        return present(object, field) ? nfc(object.get(field).asText()) : null;
    }

    /** A text written once ({@code "..."}) or hand-written for both editions ({@code {"uz-Latn":…,"uz-Cyrl":…}}). */
    static Text text(JsonNode object, String field) {
        return present(object, field) ? text(object.get(field)) : null;
    }

    static Text text(JsonNode node) {
        if (node.isObject()) return Text.both(nfc(node.path(LATIN).asText()), nfc(node.path(CYRILLIC).asText()));
        return Text.of(nfc(node.asText()));
    }

    static List<Text> texts(JsonNode object, String field) {
        List<Text> out = new ArrayList<>();
        for (JsonNode item : array(object, field)) out.add(text(item));
        return out;
    }

    static List<String> strings(JsonNode object, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(object, field)) out.add(nfc(item.asText()));
        return out;
    }

    static List<Integer> integers(JsonNode object, String field) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode item : array(object, field)) out.add(item.intValue());
        return out;
    }

    /** The exact number as written: {@code 85.7} stays 85.7, {@code 12.30} keeps its zero. */
    static BigDecimal decimal(JsonNode object, String field) {
        return present(object, field) && object.get(field).isNumber() ? object.get(field).decimalValue() : null;
    }

    static int integer(JsonNode object, String field, int missing) {
        return present(object, field) && object.get(field).canConvertToInt() ? object.get(field).intValue() : missing;
    }

    static List<JsonNode> array(JsonNode object, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = object.get(field);
        if (v != null && v.isArray()) v.forEach(out::add);
        return out;
    }

    /** An ISO date ({@code 2016-12-15}); an impossible one such as {@code 2017-02-30} is reported, and read as null. */
    static LocalDate date(FileTree tree, JsonNode object, String field, Problems problems) {
        String s = string(object, field);
        if (s == null) return null;
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            problems.error(tree.pos(object, field), field + ": \"" + s + "\" is not a valid date; expected YYYY-MM-DD");
            return null;
        }
    }

    /** An enum constant from its content spelling: {@code "more-than"} → {@code MORE_THAN}. */
    static <E extends Enum<E>> E enumValue(JsonNode object, String field, Class<E> type, E missing) {
        String s = string(object, field);
        if (s == null) return missing;
        return Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** A citation: {@code {"id": "<source id>", "locator": "<where in the source>"}}. */
    static Citation citation(JsonNode object, String field) {
        JsonNode c = object.get(field);
        if (c == null || !c.isObject()) return null;
        return new Citation(string(c, "id"), text(c, "locator"));
    }

    /**
     * The {@code id} of a file that stands for one thing (an indicator, a chart, ...). It must equal the file name,
     * so that ids are unique by construction and an editor finds the file from the id in a message or URL.
     */
    static String idMatchingFile(FileTree tree, String fileSlug, Problems problems) {
        String id = string(tree.root(), "id");
        if (id != null && !id.equals(fileSlug)) {
            problems.error(tree.pos(tree.root(), "id"), "id \"" + id + "\" does not match the file name \"" + fileSlug
                    + "\": rename the file or change the id so they are equal");
        }
        return id;
    }
}
