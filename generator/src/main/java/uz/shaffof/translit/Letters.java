package uz.shaffof.translit;

/**
 * Character classes the rules talk about. Case mapping goes through {@link Character}, whose char methods
 * do not depend on the default locale (String case mapping does unless given Locale.ROOT).
 */
final class Letters {
    /** Lower case of the ASCII and Cyrillic blocks, precomputed: case mapping is the hottest call in the engine. */
    private static final char[] LOWER = new char[0x500];
    private static final char[] UPPER = new char[0x500];
    /**
     * {@link #isLetter}, {@link #isLetterOrDigit} and {@link #isUpperCase} below U+2100 (ASCII, Cyrillic and the
     * punctuation of running text, such as the dash), precomputed: they are asked of nearly every character, and
     * C1, which runs cold builds, inlines a method only when its bytecode is small; the computed tests were not,
     * and {@link Character}'s go through several calls for a character outside Latin-1.
     */
    private static final int CLASS_TABLE = 0x2100;
    private static final byte[] CLASS = new byte[CLASS_TABLE];
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int UPPER_CASE = 4;

    static {
        for (char c = 0; c < LOWER.length; c++) {
            LOWER[c] = Character.toLowerCase(c);
            UPPER[c] = Character.toUpperCase(c);
        }
        for (char c = 0; c < CLASS_TABLE; c++) {
            CLASS[c] = (byte) ((computeIsLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER_CASE : 0));
        }
    }

    private Letters() {}

    /** A letter of either script; apostrophe look-alikes (U+02BB/U+02BC are Unicode letters) are not. */
    static boolean isLetter(char c) {
        return c < CLASS_TABLE ? (CLASS[c] & LETTER) != 0 : computeIsLetter(c);
    }

    /** {@link #isLetter}, computed: the table's source, and the answer above it. */
    static boolean computeIsLetter(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        if (c >= 0x0400 && c <= 0x04FF) {
            return c <= 0x0481 || c >= 0x048A;
        }
        return Character.isLetter(c) && !Apostrophes.isLookAlike(c);
    }

    static boolean isAsciiLetter(char c) {
        return c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link #isLetter} or {@link Character#isDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return c < CLASS_TABLE ? (CLASS[c] & (LETTER | DIGIT)) != 0 : computeIsLetter(c) || Character.isDigit(c);
    }

    /** Cyrillic letters of the basic block and the extended letters (ў қ ғ ҳ ...). */
    static boolean isCyrillic(char c) {
        return c >= 0x0400 && c <= 0x04FF && (c <= 0x0481 || c >= 0x048A);
    }

    static boolean isCyrillicVowel(char lower) {
        switch (lower) {
            case 'а', 'е', 'ё', 'и', 'о', 'у', 'ў', 'э', 'ю', 'я', 'ы':
                return true;
            default:
                return false;
        }
    }

    static boolean isLatinVowel(char lower) {
        switch (lower) {
            case 'a', 'e', 'i', 'o', 'u':
                return true;
            default:
                return false;
        }
    }

    /** A vowel of either script, any case. */
    static boolean isVowel(char c) {
        char l = lower(c);
        return isCyrillicVowel(l) || isLatinVowel(l);
    }

    static char lower(char c) {
        return c < 0x500 ? LOWER[c] : Character.toLowerCase(c);
    }

    /** {@link Character#isUpperCase(char)}. */
    static boolean isUpperCase(char c) {
        return c < CLASS_TABLE ? (CLASS[c] & UPPER_CASE) != 0 : Character.isUpperCase(c);
    }

    static char upper(char c) {
        return c < 0x500 ? UPPER[c] : Character.toUpperCase(c);
    }

    /** Key folding for dictionary, glossary and search: lower case, every apostrophe look-alike the same. */
    static char fold(char c) {
        if (Apostrophes.isLookAlike(c)) {
            return Apostrophes.KEY;
        }
        return lower(c);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
