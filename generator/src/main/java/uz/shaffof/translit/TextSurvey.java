package uz.shaffof.translit;

/**
 * What one pass over a text tells the engine before it converts anything: whether NFC leaves the text alone, which
 * scripts its letters are in (for the dominant script, and for whether there is anything to convert at all) and
 * whether it has author markers. One pass rather than one per question: a site converts many short text nodes,
 * where every extra scan of the whole node costs about as much as converting a few of its words.
 *
 * <p>The pass only gathers flags, from a table for each character below U+0500, with no branch per character kind:
 * under C1 this cheap scan was still the costliest single step of converting a text node. When the caller will ask
 * for the dominant script (conversion to Cyrillic), the same pass also counts the letters of each script, from the
 * same table entry: a second pass over text with letters of both scripts cost as much as a sixth of converting it.
 * Otherwise letters are counted only when the dominant script is asked of text with letters of both scripts.
 *
 * <p>Each thread reuses one ({@link Workspace}); {@link #take} sets every field.
 */
final class TextSurvey {
    private static final int ASCII_LETTER = 1;
    private static final int CYRILLIC_LETTER = 2;
    /** A letter neither ASCII nor Cyrillic, of any script. */
    private static final int OTHER_LETTER = 4;
    /** An {@link #OTHER_LETTER} in the Latin script (é, ş): Latin for the dominant script. */
    private static final int OTHER_LATIN_LETTER = 8;
    /** A character NFC might change ({@link Nfc#isStable(char)} is false). */
    private static final int NFC_UNSTABLE = 16;
    /** An opening brace: the text may have a {@code -{} marker. */
    private static final int BRACE = 32;
    private static final int TABLE = 0x500;
    /** The flags in the low byte; in the high byte, as a signed byte, +1 for a Cyrillic letter and -1 for a Latin one. */
    private static final short[] FLAGS = new short[TABLE];
    private static final int FLAG_BITS = 0xFF;

    static {
        for (char c = 0; c < TABLE; c++) {
            FLAGS[c] = (short) entry(c);
        }
    }

    private char[] text;
    private int length;
    private int flags;
    private boolean markers;
    /** Whether {@link #balance} was counted by the last {@link #take}. */
    private boolean counted;
    /** Cyrillic letters minus Latin letters, when {@link #counted}. */
    private int balance;

    /** Surveys {@code s[0, n)}, which must stay unchanged while this survey is read. */
    void take(char[] s, int n) {
        take(s, n, false);
    }

    /**
     * Surveys {@code s[0, n)}, which must stay unchanged while this survey is read; {@code countLetters}: the
     * dominant script will be asked, so the letters are counted in this pass.
     */
    void take(char[] s, int n, boolean countLetters) {
        int found = 0;
        int sum = 0;
        if (countLetters) {
            for (int i = 0; i < n; i++) {
                char c = s[i];
                int e = c < TABLE ? FLAGS[c] : entry(c);
                found |= e;
                sum += e >> 8;
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = s[i];
                found |= c < TABLE ? FLAGS[c] : flags(c);
            }
        }
        text = s;
        length = n;
        flags = found & FLAG_BITS;
        counted = countLetters;
        balance = sum;
        markers = (found & BRACE) != 0 && Markers.indexOf(s, n, Markers.OPEN, 0) >= 0;
    }

    /** The {@link #FLAGS} entry of {@code c}: its flags, and its script's weight in the high byte. */
    private static int entry(char c) {
        int f = flags(c) | (c == '{' ? BRACE : 0);
        int weight = (f & CYRILLIC_LETTER) != 0 ? 1 : (f & (ASCII_LETTER | OTHER_LATIN_LETTER)) != 0 ? -1 : 0;
        return (weight << 8) | f;
    }

    private static int flags(char c) {
        int f = Nfc.isStable(c) ? 0 : NFC_UNSTABLE;
        if (!Letters.isLetter(c)) {
            return f;
        }
        if (Letters.isAsciiLetter(c)) {
            return f | ASCII_LETTER;
        }
        if (Letters.isCyrillic(c)) {
            return f | CYRILLIC_LETTER;
        }
        boolean latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
        return f | OTHER_LETTER | (latin ? OTHER_LATIN_LETTER : 0);
    }

    /** Every character is one NFC never changes ({@link Nfc#isStable(char)}), so the text is in NFC. */
    boolean isNfcStable() {
        return (flags & NFC_UNSTABLE) == 0;
    }

    /** Whether the text has a letter that the rules reading {@code source} convert. */
    boolean hasLettersOf(Script source) {
        return (flags & (source == Script.CYRILLIC ? CYRILLIC_LETTER : ASCII_LETTER)) != 0;
    }

    /** Whether the text contains {@code -{}. */
    boolean hasMarkers() {
        return markers;
    }

    boolean hasLetters() {
        return (flags & (ASCII_LETTER | CYRILLIC_LETTER | OTHER_LETTER)) != 0;
    }

    /**
     * How {@link #dominantScript} counts {@code c}: 1 for a Cyrillic letter, 2 for a Latin one (ASCII or not), 0 for
     * anything else.
     */
    static int scriptOfLetter(char c) {
        int f = c < TABLE ? FLAGS[c] & FLAG_BITS : flags(c);
        return (f & CYRILLIC_LETTER) != 0 ? 1 : (f & (ASCII_LETTER | OTHER_LATIN_LETTER)) != 0 ? 2 : 0;
    }

    /** {@link Transliterator#dominantScript} of the text. */
    Script dominantScript() {
        if ((flags & CYRILLIC_LETTER) == 0) {
            return Script.LATIN;
        }
        if ((flags & (ASCII_LETTER | OTHER_LATIN_LETTER)) == 0) {
            return Script.CYRILLIC;
        }
        if (counted) {
            return balance > 0 ? Script.CYRILLIC : Script.LATIN;
        }
        long cyrillic = 0;
        long latin = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int f = c < TABLE ? FLAGS[c] : flags(c);
            cyrillic += (f & CYRILLIC_LETTER) != 0 ? 1 : 0;
            latin += (f & (ASCII_LETTER | OTHER_LATIN_LETTER)) != 0 ? 1 : 0;
        }
        return cyrillic > latin ? Script.CYRILLIC : Script.LATIN;
    }
}
