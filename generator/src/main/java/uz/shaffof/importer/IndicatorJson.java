package uz.shaffof.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in the text of an indicator file, to change it without rewriting it: the {@code observations}
 * array and, in each observation, its region, year, value, qualifier and source, with their character offsets. The
 * file is one the content loader has just accepted, so its shape is known to be right.
 */
record IndicatorJson(int arrayStart, int arrayEnd, int keyStart, List<Existing> observations) {
    IndicatorJson {
        observations = List.copyOf(observations);
    }

    /** Offsets of a value in the text: {@code start} inclusive, {@code end} exclusive; -1 when the field is absent. */
    record Span(int start, int end) {
        static final Span NONE = new Span(-1, -1);

        boolean present() {
            return start >= 0;
        }
    }

    /** An observation already in the file. {@code region} is {@link RegionNames#WHOLE_COUNTRY} for a null region. */
    record Existing(String region, int year, BigDecimal value, String qualifier, int start, int end, Span valueSpan,
                    Span qualifierSpan, Span sourceSpan) {}

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Parses {@code text}; {@code arrayStart} is -1 when the file has no {@code observations} key. */
    static IndicatorJson parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                int keyStart = (int) p.currentTokenLocation().getCharOffset();
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("observations".equals(name) && value == JsonToken.START_ARRAY) {
                    int arrayStart = (int) p.currentTokenLocation().getCharOffset();
                    List<Existing> list = new ArrayList<>();
                    while (p.nextToken() == JsonToken.START_OBJECT) list.add(observation(p, text));
                    int arrayEnd = (int) p.currentTokenLocation().getCharOffset();
                    return new IndicatorJson(arrayStart, arrayEnd, keyStart, list);
                }
                p.skipChildren();
            }
            return new IndicatorJson(-1, -1, -1, List.of());
        }
    }

    private static Existing observation(JsonParser p, String text) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        String region = RegionNames.WHOLE_COUNTRY;
        int year = 0;
        BigDecimal value = null;
        String qualifier = null;
        Span valueSpan = Span.NONE, qualifierSpan = Span.NONE, sourceSpan = Span.NONE;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            int at = (int) p.currentTokenLocation().getCharOffset();
            switch (name) {
                case "region" -> region = t == JsonToken.VALUE_NULL ? RegionNames.WHOLE_COUNTRY : p.getText();
                case "year" -> year = p.getIntValue();
                case "value" -> {
                    value = p.getDecimalValue();
                    valueSpan = new Span(at, numberEnd(text, at));
                }
                case "qualifier" -> {
                    qualifier = p.getText();
                    qualifierSpan = new Span(at, stringEnd(text, at));
                }
                case "source" -> {
                    p.skipChildren();
                    sourceSpan = new Span(at, (int) p.currentTokenLocation().getCharOffset() + 1);
                }
                default -> p.skipChildren();
            }
        }
        int end = (int) p.currentTokenLocation().getCharOffset() + 1;
        return new Existing(region, year, value, qualifier, start, end, valueSpan, qualifierSpan, sourceSpan);
    }

    private static int numberEnd(String text, int start) {
        int i = start;
        while (i < text.length() && "+-0123456789.eE".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '"') i += text.charAt(i) == '\\' ? 2 : 1;
        return i + 1;
    }
}
