package uz.shaffof.translit;

/** The seven characters people type for the sign in oʻ/gʻ and for the tutuq belgisi. */
final class Apostrophes {
    /** U+02BB, canonical sign of oʻ and gʻ. */
    static final char TURNED_COMMA = '\u02BB';
    /** U+02BC, canonical tutuq belgisi. */
    static final char APOSTROPHE = '\u02BC';
    /** What every look-alike folds to in dictionary and search keys. */
    static final char KEY = '\'';

    private Apostrophes() {}

    /** ' ` ‘ ’ ʻ ʼ ´ */
    static boolean isLookAlike(char c) {
        switch (c) {
            case '\'', '`', '\u2018', '\u2019', '\u02BB', '\u02BC', '\u00B4':
                return true;
            default:
                return false;
        }
    }
}
