package uz.shaffof.translit;

/**
 * Author markers: {@code -{text}-} leaves text untouched in both editions, and
 * {@code -{uz-latn:Latin text;uz-cyrl:Кирилл матн}-} gives each edition its own hand-written text.
 * The markers themselves never reach the output.
 */
final class Markers {
    static final String OPEN = "-{";
    static final String CLOSE = "}-";
    private static final String LATN = "uz-latn:";
    private static final String CYRL = "uz-cyrl:";

    private Markers() {}

    /**
     * Writes the marker starting at {@code i} and returns the index after it, or {@code i} when there is no
     * closing {@code }-} (then the text is converted as if the marker were not there, with a warning).
     */
    static int write(char[] s, int n, int i, Script target, Output out) {
        int close = indexOf(s, n, CLOSE, i + 2);
        if (close < 0) {
            out.warn(s, i, i + 2, "-{ without a closing }-: the text after it is converted");
            return i;
        }
        int from = i + 2;
        if (startsWith(s, n, from, LATN) || startsWith(s, n, from, CYRL)) {
            writeVariant(s, n, i, from, close, target, out);
        } else {
            out.verbatim(s, from, close);
        }
        return close + 2;
    }

    private static void writeVariant(char[] s, int n, int markerStart, int from, int close, Script target, Output out) {
        String wanted = target == Script.LATIN ? LATN : CYRL;
        int latn = variantStart(s, n, from, close, LATN);
        int cyrl = variantStart(s, n, from, close, CYRL);
        int start = target == Script.LATIN ? latn : cyrl;
        int other = target == Script.LATIN ? cyrl : latn;
        if (start < 0) {
            out.warn(s, markerStart, close + 2, "no " + wanted.substring(0, wanted.length() - 1)
                    + " text in the marker: the other edition's text is used unchanged");
            start = other;
        }
        int textStart = start + LATN.length();
        int end = close;
        int otherStart = start == latn ? cyrl : latn;
        if (otherStart > start) {
            end = otherStart;
            while (end > textStart && Letters.isSpace(s[end - 1])) {
                end--;
            }
            if (end > textStart && s[end - 1] == ';') {
                end--;
            }
        }
        out.verbatim(s, textStart, end);
    }

    /** Where a tag stands at the start of the marker or after ';' and optional spaces; -1 when absent. */
    private static int variantStart(char[] s, int n, int from, int close, String tag) {
        if (startsWith(s, n, from, tag)) {
            return from;
        }
        for (int k = from; k < close; k++) {
            if (s[k] == ';') {
                int t = k + 1;
                while (t < close && s[t] == ' ') {
                    t++;
                }
                if (startsWith(s, n, t, tag)) {
                    return t;
                }
            }
        }
        return -1;
    }

    /** Whether the text {@code s[0, n)} has {@code prefix} at {@code i}. */
    static boolean startsWith(char[] s, int n, int i, String prefix) {
        if (i + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s[i + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code needle} first occurs in the text {@code s[0, n)} from {@code from}, or -1. */
    static int indexOf(char[] s, int n, String needle, int from) {
        int last = n - needle.length();
        for (int k = from; k <= last; k++) {
            if (startsWith(s, n, k, needle)) {
                return k;
            }
        }
        return -1;
    }
}
