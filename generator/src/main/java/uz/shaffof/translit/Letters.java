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
     * {@link #isLetter} below U+0500 (ASCII to Cyrillic), precomputed: it is asked of nearly every character, and
     * C1, which runs cold builds, inlines a method only when its bytecode is small; the computed test was not.
     */
    private static final boolean[] LETTER = new boolean[0x500];
    /** {@link Character#isUpperCase(char)} below U+0500, for the same reason: asked of each word's first letter. */
    private static final boolean[] UPPER_CASE = new boolean[0x500];

    static {
        for (char c = 0; c < LOWER.length; c++) {
            LOWER[c] = Character.toLowerCase(c);
            UPPER[c] = Character.toUpperCase(c);
            LETTER[c] = computeIsLetter(c);
            UPPER_CASE[c] = Character.isUpperCase(c);
        }
    }

    private Letters() {}

    /** A letter of either script; apostrophe look-alikes (U+02BB/U+02BC are Unicode letters) are not. */
    static boolean isLetter(char c) {
        return c < 0x500 ? LETTER[c] : computeIsLetter(c);
    }

    private static boolean computeIsLetter(char c) {
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

    static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c < 0x80 ? isAsciiDigit(c) : Character.isDigit(c));
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
        return c < 0x500 ? UPPER_CASE[c] : Character.isUpperCase(c);
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
