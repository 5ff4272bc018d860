package uz.shaffof.translit;

import java.text.Normalizer;

/**
 * NFC normalisation with a fast path: text made only of characters that NFC never changes (ASCII,
 * Latin-1, spacing modifiers, the Cyrillic block, common punctuation) is returned as it is. Decomposed
 * й ё ў (и + U+0306 ...) take the slow path and are composed. Author-protected {@code -{...}-} spans are
 * copied byte for byte.
 */
final class Nfc {
    private static final int TABLE = 0x2100;
    /** Characters below U+2100 that NFC leaves alone whatever surrounds them. */
    private static final boolean[] STABLE = new boolean[TABLE];

    static {
        for (int c = 0; c < TABLE; c++) {
            STABLE[c] = c < 0x0300 || (c >= 0x0400 && c <= 0x0482) || (c >= 0x048A && c <= 0x04FF)
                    || (c >= 0x2010 && c <= 0x20CF);
        }
    }

    private Nfc() {}

    static String normalize(String s) {
        return isStable(s) ? s : normalizeOutsideMarkers(s);
    }

    /** Whether every character of {@code s} is one NFC never changes: then {@code s} is in NFC. */
    static boolean isStable(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!isStable(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether NFC leaves {@code c} alone whatever surrounds it. */
    static boolean isStable(char c) {
        return c < TABLE && STABLE[c];
    }

    private static String normalizeOutsideMarkers(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf(Markers.OPEN, i);
            int close = open < 0 ? -1 : s.indexOf(Markers.CLOSE, open + 2);
            if (close < 0) {
                out.append(Normalizer.normalize(s.substring(i), Normalizer.Form.NFC));
                break;
            }
            out.append(Normalizer.normalize(s.substring(i, open), Normalizer.Form.NFC));
            out.append(s, open, close + 2);
            i = close + 2;
        }
        return out.toString();
    }
}
