package uz.shaffof.content;

import uz.shaffof.problem.SourcePos;

/**
 * Finds where in a JSON or YAML file a character of a string was written: the character itself, or the escape that
 * stands for it ({@code \u202E}, a surrogate pair {@code \uDB40\uDC41}, YAML's {@code \U000E0041}, {@code \x85},
 * {@code \N}, {@code \e} and the other one-letter escapes). A parser gives only where the string starts; an editor
 * needs the column of the escape. Escapes are decoded as the scan goes, so {@code \\u202E} (an escaped backslash,
 * then text) is not taken for one.
 *
 * <pre><code>EscapeFinder.find("{\"a\": \"x\\u202Ey\"}", SourcePos.of("f.json", 1, 7), 0x202E)  // f.json:1:10</code></pre>
 */
final class EscapeFinder {
    private EscapeFinder() {}

    /**
     * The position of the first spelling of {@code cp} at or after {@code start} (line and column from 1, as the
     * parser reports a node) in {@code source}; {@code start} itself when there is none.
     */
    static SourcePos find(String source, SourcePos start, int cp) {
        int from = offsetOf(source, start.line(), start.column());
        if (from < 0) return start;
        String raw = Character.toString(cp);
        for (int i = from; i < source.length(); ) {
            if (source.startsWith(raw, i)) return positionOf(source, start.path(), i);
            if (source.charAt(i) == '\\' && i + 1 < source.length()) {
                int[] escape = decodeEscape(source, i);
                if (escape[0] == cp) return positionOf(source, start.path(), i);
                i += escape[1];
            } else {
                i++;
            }
        }
        return start;
    }

    /** {code point or -1, length} of the escape at {@code i} (a backslash). */
    private static int[] decodeEscape(String s, int i) {
        char kind = s.charAt(i + 1);
        switch (kind) {
            case 'u' -> {
                int unit = hex(s, i + 2, 4);
                if (unit < 0) return new int[] {-1, 2};
                int low = Character.isHighSurrogate((char) unit) && s.startsWith("\\u", i + 6) ? hex(s, i + 8, 4) : -1;
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    return new int[] {Character.toCodePoint((char) unit, (char) low), 12};
                }
                return new int[] {unit, 6};
            }
            case 'U' -> {
                int v = hex(s, i + 2, 8);
                return v < 0 ? new int[] {-1, 2} : new int[] {v, 10};
            }
            case 'x' -> {
                int v = hex(s, i + 2, 2);
                return v < 0 ? new int[] {-1, 2} : new int[] {v, 4};
            }
            default -> {
                return new int[] {oneLetter(kind), 2};
            }
        }
    }

    /** What JSON's and YAML's one-letter escapes stand for; -1 for the rest (quotes, slashes, line breaks). */
    private static int oneLetter(char c) {
        return switch (c) {
            case '0' -> 0;
            case 'a' -> 0x07;
            case 'b' -> 0x08;
            case 'v' -> 0x0B;
            case 'f' -> 0x0C;
            case 'r' -> 0x0D;
            case 'e' -> 0x1B;
            case 'N' -> 0x85;
            default -> -1;
        };
    }

    private static int hex(String s, int at, int digits) {
        if (at + digits > s.length()) return -1;
        int v = 0;
        for (int k = at; k < at + digits; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    /** The offset of line {@code line}, column {@code column} (both from 1, the column in chars); -1 past the end. */
    private static int offsetOf(String s, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = s.indexOf('\n', offset);
            if (offset < 0) return -1;
            offset++;
        }
        offset += Math.max(0, column - 1);
        return offset <= s.length() ? offset : -1;
    }

    /** Line and column (from 1, the column in characters as editors count them) of {@code offset}. */
    private static SourcePos positionOf(String s, String path, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = s.indexOf('\n'); i >= 0 && i < offset; i = s.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return SourcePos.of(path, line, s.codePointCount(lineStart, offset) + 1);
    }
}
