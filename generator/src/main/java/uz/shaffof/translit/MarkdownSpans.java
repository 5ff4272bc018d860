package uz.shaffof.translit;

/**
 * Finds the parts of a Markdown source that are not prose: a mask with {@code true} for every character
 * that must be copied unchanged. Line-oriented for blocks (front matter, fences, indented code, link
 * reference definitions), then one left-to-right scan for inline constructs.
 */
final class MarkdownSpans {
    private MarkdownSpans() {}

    static boolean[] protectedMask(String s) {
        boolean[] keep = new boolean[s.length()];
        markBlocks(s, keep);
        markInlines(s, keep);
        return keep;
    }

    private static void markBlocks(String s, boolean[] keep) {
        Blocks blocks = new Blocks(s.startsWith("---\n") || s.startsWith("---\r\n"));
        int lineStart = 0;
        while (lineStart < s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? s.length() : lineEnd + 1;
            blocks.line(s, lineStart, next, keep);
            lineStart = next;
        }
    }

    /**
     * The block structure, read one line at a time: front matter, fences, indented code, link reference definitions.
     * A text read in parts is cut only where this state is {@link #isAtRest() at rest}, the state it starts in.
     */
    static final class Blocks {
        private boolean frontMatter;
        private boolean firstLine = true;
        private char fence;
        private int fenceLength;
        private boolean previousBlank = true;
        private boolean previousCode;

        /** {@code frontMatter}: the text starts with a {@code ---} line. */
        Blocks(boolean frontMatter) {
            this.frontMatter = frontMatter;
        }

        /** Reads the line {@code s[lineStart, next)} ({@code next} after its line feed, if any); marks it in {@code keep} unless null. */
        void line(String s, int lineStart, int next, boolean[] keep) {
            int lineEnd = next > lineStart && s.charAt(next - 1) == '\n' ? next - 1 : next;
            int contentEnd = lineEnd > lineStart && s.charAt(lineEnd - 1) == '\r' && lineEnd < next ? lineEnd - 1 : lineEnd;
            String line = s.substring(lineStart, contentEnd);
            boolean blank = line.isBlank();
            if (frontMatter) {
                if (!firstLine && (line.equals("---") || line.equals("..."))) {
                    frontMatter = false;
                    mark(keep, lineStart, next);
                } else {
                    markFrontMatterLine(line, lineStart, next, keep, firstLine);
                }
            } else if (fence != 0) {
                mark(keep, lineStart, next);
                if (closesFence(line, fence, fenceLength)) {
                    fence = 0;
                }
            } else if (opensFence(line) > 0) {
                fenceLength = opensFence(line);
                fence = line.strip().charAt(0);
                mark(keep, lineStart, next);
            } else if (!blank && isIndentedCode(line) && (previousBlank || previousCode)) {
                mark(keep, lineStart, next);
                previousCode = true;
            } else if (isReferenceDefinition(line)) {
                mark(keep, lineStart, next);
            } else if (!blank) {
                previousCode = false;
            }
            previousBlank = blank;
            firstLine = false;
        }

        /** Outside front matter and fences, after a blank line, not in indented code: as at the start of a text. */
        boolean isAtRest() {
            return !frontMatter && fence == 0 && previousBlank && !previousCode;
        }
    }

    /** In front matter, keys and syntax stay; a plain scalar value after "key: " is prose. */
    private static void markFrontMatterLine(String line, int start, int next, boolean[] keep, boolean first) {
        int colon = line.indexOf(": ");
        boolean keyed = !first && colon > 0 && !line.startsWith(" ") && !line.startsWith("#")
                && line.substring(0, colon).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        if (!keyed) {
            mark(keep, start, next);
            return;
        }
        mark(keep, start, start + colon + 2);
        mark(keep, start + line.length(), next);
    }

    private static int opensFence(String line) {
        String t = stripUpTo3(line);
        if (t == null || t.length() < 3) {
            return 0;
        }
        char c = t.charAt(0);
        if (c != '`' && c != '~') {
            return 0;
        }
        int n = 0;
        while (n < t.length() && t.charAt(n) == c) {
            n++;
        }
        if (n < 3 || (c == '`' && t.indexOf('`', n) >= 0)) {
            return 0;
        }
        return n;
    }

    private static boolean closesFence(String line, char fence, int length) {
        String t = stripUpTo3(line);
        if (t == null) {
            return false;
        }
        int n = 0;
        while (n < t.length() && t.charAt(n) == fence) {
            n++;
        }
        return n >= length && t.substring(n).isBlank();
    }

    private static String stripUpTo3(String line) {
        int k = 0;
        while (k < line.length() && k < 4 && line.charAt(k) == ' ') {
            k++;
        }
        return k == 4 ? null : line.substring(k);
    }

    private static boolean isIndentedCode(String line) {
        return line.startsWith("    ") || line.startsWith("\t");
    }

    /** {@code [label]: destination "title"} at the start of a line. */
    private static boolean isReferenceDefinition(String line) {
        String t = stripUpTo3(line);
        if (t == null || !t.startsWith("[")) {
            return false;
        }
        int close = t.indexOf("]:");
        return close > 1 && t.indexOf(']') == close;
    }

    private static void markInlines(String s, boolean[] keep) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (keep[i]) {
                i++;
                continue;
            }
            char c = s.charAt(i);
            int end = switch (c) {
                case '`' -> codeSpanEnd(s, i, keep);
                case '<' -> angleEnd(s, i);
                case '&' -> entityEnd(s, i);
                case ']' -> linkTailEnd(s, i);
                default -> -1;
            };
            if (end > i) {
                mark(keep, c == ']' ? i + 1 : i, end);
                i = end;
            } else {
                i += c == '`' ? runLength(s, i, '`') : 1;
            }
        }
    }

    /** A backtick run closed by a run of the same length before the paragraph ends. */
    private static int codeSpanEnd(String s, int i, boolean[] keep) {
        int n = runLength(s, i, '`');
        int k = i + n;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (keep[k] || (c == '\n' && isBlankLineAt(s, k + 1))) {
                return -1;
            }
            if (c == '`') {
                int m = runLength(s, k, '`');
                if (m == n) {
                    return k + m;
                }
                k += m;
            } else {
                k++;
            }
        }
        return -1;
    }

    private static boolean isBlankLineAt(String s, int k) {
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\r')) {
            k++;
        }
        return k >= s.length() || s.charAt(k) == '\n';
    }

    private static int runLength(String s, int i, char c) {
        int k = i;
        while (k < s.length() && s.charAt(k) == c) {
            k++;
        }
        return k - i;
    }

    /** Autolinks (<https://…>, <a@b.uz>), HTML tags and comments. */
    private static int angleEnd(String s, int i) {
        if (s.startsWith("<!--", i)) {
            int close = s.indexOf("-->", i + 4);
            return close < 0 ? -1 : close + 3;
        }
        int k = i + 1;
        if (k < s.length() && s.charAt(k) == '/') {
            k++;
        }
        if (k >= s.length() || !Letters.isAsciiLetter(s.charAt(k))) {
            return -1;
        }
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '>') {
                return k + 1;
            }
            if (c == '<' || c == '\n' && isBlankLineAt(s, k + 1)) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    private static int entityEnd(String s, int i) {
        int k = i + 1;
        if (k < s.length() && s.charAt(k) == '#') {
            k++;
        }
        int start = k;
        while (k < s.length() && k - start < 32 && (Letters.isAsciiLetter(s.charAt(k)) || Letters.isAsciiDigit(s.charAt(k)))) {
            k++;
        }
        return k > start && k < s.length() && s.charAt(k) == ';' ? k + 1 : -1;
    }

    /** After the ] of link text: an inline destination "(url "title")" or a reference label "[label]". */
    private static int linkTailEnd(String s, int i) {
        int k = i + 1;
        if (k >= s.length()) {
            return -1;
        }
        char open = s.charAt(k);
        if (open == '[') {
            int close = s.indexOf(']', k + 1);
            int nl = s.indexOf('\n', k + 1);
            return close > 0 && (nl < 0 || close < nl) ? close + 1 : -1;
        }
        if (open != '(') {
            return -1;
        }
        int depth = 0;
        for (int p = k; p < s.length(); p++) {
            char c = s.charAt(p);
            if (c == '\\') {
                p++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return p + 1;
            } else if (c == '\n' && isBlankLineAt(s, p + 1)) {
                return -1;
            }
        }
        return -1;
    }

    private static void mark(boolean[] keep, int from, int to) {
        if (keep == null) {
            return;
        }
        for (int k = Math.max(0, from); k < Math.min(keep.length, to); k++) {
            keep[k] = true;
        }
    }
}
