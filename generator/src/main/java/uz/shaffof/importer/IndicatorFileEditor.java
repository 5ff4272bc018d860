package uz.shaffof.importer;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uz.shaffof.content.Qualifier;

/**
 * Writes the merge into the indicator file's text, touching nothing else: the files are edited by hand, so every byte
 * outside the observations it adds or replaces stays as it was (order, spacing, notes, line endings). New observations
 * go after the last one, in the file's own indentation and in the house layout (one field a line, the source as a
 * nested object); a replaced one keeps its other fields (a {@code note}, a {@code date}) and gets the new value,
 * qualifier and source. Numbers are written exactly as read ({@code 85.70} stays {@code 85.70}).
 */
final class IndicatorFileEditor {
    private IndicatorFileEditor() {}

    /** Which lines of the new text an imported figure's observation occupies: to report problems at its cell. */
    record Placed(int firstLine, int lastLine, CellRef cell) {}

    record Edited(String text, List<Placed> placed) {
        Edited {
            placed = List.copyOf(placed);
        }
    }

    private record Edit(int start, int end, String replacement) {}

    private record Span(int start, int end, CellRef cell) {}

    static Edited apply(String text, IndicatorJson file, ObservationMerge merge, boolean update, String sourceId) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        List<Edit> edits = new ArrayList<>();
        List<Span> oldSpans = new ArrayList<>();
        if (update) {
            for (ObservationMerge.Changed c : merge.changed()) {
                replace(text, c, sourceId, nl, edits);
                oldSpans.add(new Span(c.existing().start(), c.existing().end(), c.figure().cell()));
            }
        }
        // Added observations: one insertion, whose objects' offsets inside it are kept to place them afterwards.
        List<int[]> insideInsertion = new ArrayList<>();
        List<CellRef> insertedCells = new ArrayList<>();
        Edit insertion = merge.added().isEmpty() ? null : insertion(text, file, merge.added(), sourceId, nl,
                insideInsertion, insertedCells);
        if (insertion != null) edits.add(insertion);
        edits.sort(Comparator.comparingInt(Edit::start));

        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        int insertionAt = -1;
        for (Edit e : edits) {
            out.append(text, at, e.start());
            if (e == insertion) insertionAt = out.length();
            out.append(e.replacement());
            at = e.end();
        }
        out.append(text.substring(at));
        String result = out.toString();

        List<Placed> placed = new ArrayList<>();
        for (Span s : oldSpans) {
            placed.add(new Placed(lineOf(result, shifted(s.start(), edits)), lineOf(result, shifted(s.end(), edits) - 1), s.cell()));
        }
        for (int i = 0; i < insideInsertion.size(); i++) {
            int[] r = insideInsertion.get(i);
            placed.add(new Placed(lineOf(result, insertionAt + r[0]), lineOf(result, insertionAt + r[1] - 1), insertedCells.get(i)));
        }
        return new Edited(result, placed);
    }

    /** Replaces the value, qualifier and source of a changed observation in place. */
    private static void replace(String text, ObservationMerge.Changed c, String sourceId, String nl, List<Edit> edits) {
        IndicatorJson.Existing e = c.existing();
        RegionYearTable.Figure f = c.figure();
        edits.add(new Edit(e.valueSpan().start(), e.valueSpan().end(), f.value().toPlainString()));
        String qualifier = ObservationMerge.jsonName(f.qualifier());
        if (e.qualifierSpan().present()) {
            edits.add(new Edit(e.qualifierSpan().start(), e.qualifierSpan().end(), quote(qualifier)));
        } else if (f.qualifier() != Qualifier.EXACT) {
            String indent = indentOfLine(text, e.valueSpan().start());
            edits.add(new Edit(e.valueSpan().end(), e.valueSpan().end(), "," + nl + indent + quote("qualifier") + ": " + quote(qualifier)));
        }
        if (e.sourceSpan().present()) {
            String indent = indentOfLine(text, e.sourceSpan().start());
            edits.add(new Edit(e.sourceSpan().start(), e.sourceSpan().end(), source(sourceId, f.cell(), indent, nl)));
        }
    }

    /** The text that adds the new observations, and where each of them is inside it. */
    private static Edit insertion(String text, IndicatorJson file, List<ObservationMerge.Added> added, String sourceId,
                                  String nl, List<int[]> inside, List<CellRef> cells) {
        StringBuilder s = new StringBuilder();
        if (!file.observations().isEmpty()) {
            IndicatorJson.Existing first = file.observations().get(0);
            IndicatorJson.Existing last = file.observations().get(file.observations().size() - 1);
            String indent = indentOfLine(text, first.start());
            for (ObservationMerge.Added a : added) {
                s.append(',').append(nl).append(indent);
                int start = s.length();
                s.append(observation(a.figure(), sourceId, indent, nl));
                inside.add(new int[] {start, s.length()});
                cells.add(a.figure().cell());
            }
            return new Edit(last.end(), last.end(), s.toString());
        }
        if (file.arrayStart() >= 0) {
            String keyIndent = indentOfLine(text, file.keyStart());
            appendItems(s.append('[').append(nl), added, sourceId, keyIndent + "  ", nl, inside, cells);
            s.append(nl).append(keyIndent).append(']');
            return new Edit(file.arrayStart(), file.arrayEnd() + 1, s.toString());
        }
        // No "observations" key at all: add it as the object's last field.
        int close = text.lastIndexOf('}');
        int endOfLast = close;
        while (endOfLast > 0 && Character.isWhitespace(text.charAt(endOfLast - 1))) endOfLast--;
        s.append(',').append(nl).append("  ").append(quote("observations")).append(": [").append(nl);
        appendItems(s, added, sourceId, "    ", nl, inside, cells);
        s.append(nl).append("  ]");
        return new Edit(endOfLast, endOfLast, s.toString());
    }

    private static void appendItems(StringBuilder s, List<ObservationMerge.Added> added, String sourceId, String indent,
                                    String nl, List<int[]> inside, List<CellRef> cells) {
        for (int i = 0; i < added.size(); i++) {
            if (i > 0) s.append(',').append(nl);
            s.append(indent);
            int start = s.length();
            s.append(observation(added.get(i).figure(), sourceId, indent, nl));
            inside.add(new int[] {start, s.length()});
            cells.add(added.get(i).figure().cell());
        }
    }

    /** One observation in the house layout, its first line already indented by {@code indent}. */
    static String observation(RegionYearTable.Figure f, String sourceId, String indent, String nl) {
        String in = indent + "  ";
        StringBuilder s = new StringBuilder("{").append(nl);
        String region = RegionNames.WHOLE_COUNTRY.equals(f.region()) ? "null" : quote(f.region());
        s.append(in).append(quote("region")).append(": ").append(region).append(',').append(nl);
        s.append(in).append(quote("year")).append(": ").append(f.year()).append(',').append(nl);
        s.append(in).append(quote("value")).append(": ").append(number(f.value())).append(',').append(nl);
        if (f.qualifier() != Qualifier.EXACT) {
            s.append(in).append(quote("qualifier")).append(": ").append(quote(ObservationMerge.jsonName(f.qualifier())))
                    .append(',').append(nl);
        }
        s.append(in).append(quote("source")).append(": ").append(source(sourceId, f.cell(), in, nl)).append(nl);
        return s.append(indent).append('}').toString();
    }

    private static String source(String sourceId, CellRef cell, String indent, String nl) {
        String in = indent + "  ";
        return "{" + nl + in + quote("id") + ": " + quote(sourceId) + "," + nl
                + in + quote("locator") + ": " + quote(cell.locator()) + nl + indent + "}";
    }

    private static String number(BigDecimal v) {
        return v.toPlainString();
    }

    private static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    private static String indentOfLine(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < offset && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return text.substring(lineStart, i);
    }

    /** Where {@code oldOffset} of the original text is in the edited text. */
    private static int shifted(int oldOffset, List<Edit> edits) {
        int shift = 0;
        for (Edit e : edits) {
            if (e.end() <= oldOffset && !(e.start() == e.end() && e.start() == oldOffset)) {
                shift += e.replacement().length() - (e.end() - e.start());
            }
        }
        return oldOffset + shift;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
