package uz.shaffof.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text being written and the warnings found. Canonical signs (U+02BB, U+02BC) in generated Latin are mapped to
 * the chosen {@link ApostropheStyle} here, in one place. A plain char buffer rather than a StringBuilder: appending
 * is the engine's inner loop. Each thread reuses one per converter ({@link Workspace}); {@link #start} begins a call.
 */
final class Output {
    private char[] buf = new char[256];
    private int len;
    private final ApostropheStyle style;
    private final boolean mapSigns;
    private List<TranslitWarning> warnings;
    /** How many generated characters NFC might change (see {@link #unstableGenerated()}). */
    private int unstableGenerated;

    Output(ApostropheStyle style) {
        this.style = style;
        this.mapSigns = style != ApostropheStyle.UNICODE;
    }

    /** Starts an empty text with room for {@code capacity} characters; warnings are kept only when asked for. */
    void start(int capacity, boolean collectWarnings) {
        len = 0;
        unstableGenerated = 0;
        if (buf.length > Workspace.KEEP) {
            buf = new char[256]; // the buffer of the last, long text is let go
        }
        ensure(capacity);
        warnings = collectWarnings ? new ArrayList<>() : null;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    /** Appends a generated letter that is never a sign. */
    void letter(char c) {
        if (len == buf.length) {
            ensure(1);
        }
        buf[len++] = c;
    }

    /** Appends generated text (rules, dictionary, glossary), mapping the canonical signs to the style. */
    void generated(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = mapSign(s.charAt(i));
            unstableGenerated += Nfc.isStable(c) ? 0 : 1;
            buf[len++] = c;
        }
    }

    void generated(char c) {
        char written = mapSign(c);
        unstableGenerated += Nfc.isStable(written) ? 0 : 1;
        letter(written);
    }

    private char mapSign(char c) {
        if (mapSigns) {
            if (c == Apostrophes.TURNED_COMMA) {
                return style.modifier();
            }
            if (c == Apostrophes.APOSTROPHE) {
                return style.tutuq();
            }
        }
        return c;
    }

    /** Appends characters unchanged: source text (protected spans, Latin in Cyrillic text) or a remembered form. */
    void verbatim(char[] s, int from, int to) {
        ensure(to - from);
        System.arraycopy(s, from, buf, len, to - from);
        len += to - from;
    }

    /** How many characters were written so far; with {@link #buffer()}, what one step wrote. */
    int length() {
        return len;
    }

    /** The buffer written so far (its first {@link #length()} characters); read only, and only until the next write. */
    char[] buffer() {
        return buf;
    }

    void verbatim(char c) {
        letter(c);
    }

    /**
     * How many generated characters so far are not ones NFC never changes ({@link Nfc#isStable(char)}). Everything
     * else written comes from the text, or from the memo, which holds only forms without such characters: so when
     * the text is NFC-stable and this is 0, so is the output, and it need not be scanned. ({@link #letter} takes
     * only the rules' own letters, ASCII and Cyrillic.)
     */
    int unstableGenerated() {
        return unstableGenerated;
    }

    /** Whether every character written is one NFC never changes: then the text is in NFC. */
    boolean isNfcStable() {
        char[] b = buf;
        for (int i = 0, n = len; i < n; i++) {
            if (!Nfc.isStable(b[i])) {
                return false;
            }
        }
        return true;
    }

    String text() {
        return new String(buf, 0, len);
    }

    boolean wantsWarnings() {
        return warnings != null;
    }

    void warn(char[] source, int from, int to, String reason) {
        if (warnings != null) {
            warnings.add(new TranslitWarning(from, to - from, new String(source, from, to - from), reason));
        }
    }

    List<TranslitWarning> warnings() {
        return warnings == null ? List.of() : warnings;
    }
}
