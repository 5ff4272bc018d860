package uz.shaffof.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads spec.txt: "## Section", a "source:" line, an optional "options:" line, then one pair a line,
 * {@code Cyrillic ⇄ Latin} (both ways), {@code Cyrillic → Latin} or {@code Cyrillic ← Latin}.
 * A line that looks like neither is an error, so a typo cannot silently drop a case.
 */
final class SpecExampleReader {
    static final String RESOURCE = "/translit/spec.txt";

    private SpecExampleReader() {}

    static List<SpecExample> read() {
        try (InputStream in = SpecExampleReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Section name to its "source:" text, in file order. */
    static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        String section = null;
        for (String line : text().split("\n")) {
            if (line.startsWith("## ") && marker(line) == null) {
                section = line.substring(3).strip();
                sources.put(section, "");
            } else if (line.startsWith("source:") && section != null) {
                sources.put(section, line.substring(7).strip());
            }
        }
        return sources;
    }

    private static String text() {
        try (InputStream in = SpecExampleReader.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SpecExample> parse(String text) {
        List<SpecExample> examples = new ArrayList<>();
        String section = null;
        ApostropheStyle style = ApostropheStyle.UNICODE;
        int number = 0;
        String[] lines = text.split("\n", -1);
        for (int ln = 1; ln <= lines.length; ln++) {
            String line = lines[ln - 1];
            if (line.isBlank() || line.equals("#") || line.startsWith("# ")) {
                continue; // comments; seed sentences may start with "##" or "###" (Markdown headings)
            }
            if (line.startsWith("## ") && marker(line) == null) {
                section = line.substring(3).strip();
                style = ApostropheStyle.UNICODE;
                number = 0;
                continue;
            }
            if (line.startsWith("source:")) {
                continue;
            }
            if (line.startsWith("options:")) {
                style = line.contains("apostrophes=quotes") ? ApostropheStyle.QUOTES : ApostropheStyle.UNICODE;
                continue;
            }
            if (section == null) {
                throw new IllegalStateException("spec.txt:" + ln + ": pair before the first section");
            }
            examples.add(pair(line, ln, section, ++number, style));
        }
        return examples;
    }

    private static SpecExample.Direction marker(String line) {
        for (SpecExample.Direction d : SpecExample.Direction.values()) {
            if (line.contains(" " + d.marker + " ")) {
                return d;
            }
        }
        return null;
    }

    private static SpecExample pair(String line, int ln, String section, int number, ApostropheStyle style) {
        for (SpecExample.Direction d : SpecExample.Direction.values()) {
            String marker = " " + d.marker + " ";
            int k = line.indexOf(marker);
            if (k > 0) {
                return new SpecExample(section, number, ln, line.substring(0, k), line.substring(k + marker.length()), d, style);
            }
        }
        throw new IllegalStateException("spec.txt:" + ln + ": expected 'Cyrillic ⇄|→|← Latin', found: " + line);
    }
}
