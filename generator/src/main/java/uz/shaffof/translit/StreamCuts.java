package uz.shaffof.translit;

/**
 * Where a text read in parts may be cut so that converting the parts one by one gives what converting the whole
 * text gives. Each function returns the last such place in {@code s[0, len)} (a cut at {@code p} splits it into
 * {@code s[0, p)} and what follows), or -1. The place must not be crossed by anything the engine reads ahead or
 * behind:
 *
 * <ul>
 *   <li>NFC: normalisation (which skips {@code -{...}-} spans) is cut after ASCII white space, outside markers;
 *   <li>words, tokens and URLs end at white space; the engine reads one character behind a word, and a part then
 *       starts after white space, as the word does in the whole text;
 *   <li>a marker {@code -{} reads on to the next {@code }-}, however far: every {@code -{} before the cut must be
 *       closed before it;
 *   <li>a glossary phrase spans white space and line breaks: no phrase may be in the middle of a match at the cut
 *       ({@link Lexicon#phraseMayCross});
 *   <li>a single capital followed by a full stop and spaces reads on to the next word (I. Karimov is an initial, not
 *       a numeral): no cut after a full stop and nothing but spaces;
 *   <li>a numeral followed by a space reads on to the next word (2016 йил is a date, written 2016-yil in Latin): no
 *       cut after a figure and a space;
 *   <li>Markdown: cut only after a blank line at which the block structure is at rest (outside front matter,
 *       fences and indented code) and the next line is not {@code ---}; an HTML comment reads on to the next
 *       {@code -->} and must be closed; a link destination reads over a line break escaped with a backslash, so
 *       the line before the blank line must not end with one. Inline code, tags and links end at a blank line.
 * </ul>
 *
 * <p>{@code TextStreamProperties} checks these against whole-text conversion on generated text.
 */
final class StreamCuts {
    private StreamCuts() {}

    /** A cut for NFC normalisation of raw text ({@link Nfc#normalize}): after ASCII white space, outside markers. */
    static int nfc(char[] s, int len) {
        Markers markers = new Markers();
        int last = -1;
        for (int i = 1; i < len; i++) {
            markers.read(s, i);
            if (isAsciiSpace(s[i - 1]) && markers.closed()) {
                last = i;
            }
        }
        return last;
    }

    /** A cut for plain text, already in NFC, converted by {@code converter}. */
    static int plain(char[] s, int len, TextConverter converter) {
        Markers markers = new Markers();
        Candidates candidates = new Candidates();
        int spaceRun = -1;
        boolean onlySpaces = true;
        for (int i = 1; i < len; i++) {
            markers.read(s, i);
            char before = s[i - 1];
            if (Letters.isSpace(before)) {
                if (spaceRun < 0) {
                    spaceRun = i - 1;
                    onlySpaces = true;
                }
                onlySpaces &= before == ' ';
            } else {
                spaceRun = -1;
            }
            boolean initialAhead = spaceRun >= 0 && onlySpaces && spaceRun > 0 && s[spaceRun - 1] == '.';
            // A numeral, a space and a year or month word are one date (2016 йил → 2016-yil, DateNumerals).
            boolean dateAhead = i >= 2 && before == ' ' && Letters.isAsciiDigit(s[i - 2]);
            if (isAsciiSpace(before) && !Letters.isSpace(s[i]) && markers.closed() && !initialAhead && !dateAhead) {
                candidates.add(i);
            }
        }
        return candidates.lastWithoutPhrase(s, converter, 0);
    }

    /** A cut for Markdown, already in NFC; {@code documentStart}: {@code s} starts the document (front matter). */
    static int markdown(char[] s, int len, boolean documentStart, TextConverter converter) {
        String text = new String(s, 0, len);
        MarkdownSpans.Blocks blocks = new MarkdownSpans.Blocks(documentStart
                && (text.startsWith("---\n") || text.startsWith("---\r\n")));
        Markers markers = new Markers();
        int commentOpen = -1;
        boolean commentClosed = true;
        Candidates candidates = new Candidates();
        int lineStart = 0;
        int i = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                break;
            }
            int next = lineEnd + 1;
            blocks.line(text, lineStart, next, null);
            for (; i < next; i++) {
                if (i >= 1) {
                    markers.read(s, i);
                }
                if (i >= 4 && s[i - 4] == '<' && s[i - 3] == '!' && s[i - 2] == '-' && s[i - 1] == '-') {
                    commentOpen = i - 4;
                    commentClosed = false;
                }
                if (i >= 3 && commentOpen >= 0 && i - 3 >= commentOpen + 4 && s[i - 3] == '-' && s[i - 2] == '-' && s[i - 1] == '>') {
                    commentClosed = true;
                }
            }
            // s[next - 1] is the line feed: no marker or comment ends there, and the next line's loop reads on.
            markers.read(s, next);
            boolean escapedBreak = lineStart >= 2 && s[lineStart - 2] == '\\';
            if (next + 5 <= len && isBlankLine(s, lineStart, lineEnd) && blocks.isAtRest() && markers.closed()
                    && commentClosed && !escapedBreak && !startsWith(s, next, "---\n") && !startsWith(s, next, "---\r\n")) {
                candidates.add(next);
            }
            lineStart = next;
        }
        return candidates.lastWithoutPhrase(s, converter, 0);
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** Only spaces, tabs and a carriage return: blank both to the block reader and to the inline one. */
    private static boolean isBlankLine(char[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(char[] s, int at, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            if (s[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every {@code -{} read so far has a {@code }-} after it, also read so far. */
    private static final class Markers {
        private int lastOpen = -1;
        private boolean closed = true;
        /** The characters {@code s[0, i)} have been read; this reads the pair that ends at {@code i - 1}. */
        private int readTo = 1;

        void read(char[] s, int i) {
            for (int k = Math.max(readTo, 2); k <= i; k++) {
                char a = s[k - 2];
                char b = s[k - 1];
                if (a == '-' && b == '{') {
                    lastOpen = k - 2;
                    closed = false;
                } else if (a == '}' && b == '-' && lastOpen >= 0 && k - 2 >= lastOpen + 2) {
                    closed = true;
                }
            }
            readTo = Math.max(readTo, i + 1);
        }

        boolean closed() {
            return closed;
        }
    }

    /** Places that pass the cheap tests, in increasing order; the glossary test is run from the last one back. */
    private static final class Candidates {
        private int[] at = new int[64];
        private int count;

        void add(int p) {
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, count * 2);
            }
            at[count++] = p;
        }

        int lastWithoutPhrase(char[] s, TextConverter converter, int from) {
            for (int k = count - 1; k >= 0; k--) {
                if (!converter.phraseMayCross(s, from, at[k])) {
                    return at[k];
                }
            }
            return -1;
        }
    }
}
