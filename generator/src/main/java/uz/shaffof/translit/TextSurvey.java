package uz.shaffof.translit;

/**
 * What one pass over a text tells the engine before it converts anything: whether NFC leaves the text alone, how
 * many letters of each script it has (for the dominant script, and for whether there is anything to convert at all)
 * and whether it has author markers. One pass rather than one per question: a site converts many short text nodes,
 * where every extra scan of the whole node costs about as much as converting a few of its words.
 *
 * <p>Each thread reuses one ({@link Workspace}); {@link #take} sets every field.
 */
final class TextSurvey {
    /** Every character is one NFC never changes ({@link Nfc#isStable(char)}), so the text is in NFC. */
    boolean nfcStable;
    /** The text contains {@code -{}. */
    boolean markers;
    int asciiLetters;
    int cyrillicLetters;
    /** Letters neither ASCII nor Cyrillic, of any script. */
    int otherLetters;
    /** Those of {@link #otherLetters} in the Latin script (é, ş); they count as Latin for the dominant script. */
    int otherLatinLetters;

    /** Surveys {@code s[0, n)}. */
    void take(char[] s, int n) {
        boolean stable = true;
        boolean marker = false;
        int ascii = 0;
        int cyrillic = 0;
        int other = 0;
        int otherLatin = 0;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c < 0x80) {
                if (Letters.isAsciiLetter(c)) {
                    ascii++;
                } else if (c == '-' && i + 1 < n && s[i + 1] == '{') {
                    marker = true;
                }
            } else if (Letters.isCyrillic(c)) {
                cyrillic++; // NFC-stable too: the Cyrillic letters are all in the stable table
            } else {
                stable &= Nfc.isStable(c);
                if (Letters.isLetter(c)) {
                    other++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        otherLatin++;
                    }
                }
            }
        }
        nfcStable = stable;
        markers = marker;
        asciiLetters = ascii;
        cyrillicLetters = cyrillic;
        otherLetters = other;
        otherLatinLetters = otherLatin;
    }

    /** Whether the text has a letter that the rules reading {@code source} convert. */
    boolean hasLettersOf(Script source) {
        return (source == Script.CYRILLIC ? cyrillicLetters : asciiLetters) > 0;
    }

    boolean hasLetters() {
        return asciiLetters + cyrillicLetters + otherLetters > 0;
    }

    /** {@link Transliterator#dominantScript} of the text. */
    Script dominantScript() {
        return cyrillicLetters > asciiLetters + otherLatinLetters ? Script.CYRILLIC : Script.LATIN;
    }
}
