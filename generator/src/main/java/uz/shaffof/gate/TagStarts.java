package uz.shaffof.gate;

/**
 * Maps the position vnu reports for a tag (its closing {@code >}) back to where the tag starts (its {@code <}),
 * so that vnu's errors point at elements the way the jsoup-based gates do. Built only for pages with errors.
 */
final class TagStarts {
    /** Tags longer than this are not walked back over; the reported position is kept instead. */
    private static final int MAX_TAG_LENGTH = 20_000;

    private final String text;
    private final int[] lineStarts;

    TagStarts(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        lineStarts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts[line++] = i + 1;
    }

    /**
     * The 1-based {line, column} where the tag ending at this 1-based position starts, or the position itself
     * when it is not the end of a tag. A {@code <} inside a quoted attribute value would stop the walk early:
     * the result then still lies inside the right tag.
     */
    int[] startOf(int line, int column) {
        int[] same = {line, column};
        if (line < 1 || line > lineStarts.length || column < 1) return same;
        int end = lineStarts[line - 1] + column - 1;
        if (end >= text.length() || text.charAt(end) != '>') return same;
        int i = end;
        while (i > 0 && end - i < MAX_TAG_LENGTH && text.charAt(i) != '<') i--;
        if (text.charAt(i) != '<') return same;
        int startLine = line;
        while (lineStarts[startLine - 1] > i) startLine--;
        return new int[] {startLine, i - lineStarts[startLine - 1] + 1};
    }
}
