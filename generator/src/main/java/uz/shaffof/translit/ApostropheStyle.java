package uz.shaffof.translit;

/**
 * Which characters the Latin edition uses for the sign in oʻ/gʻ and for the tutuq belgisi.
 *
 * <pre>{@code Transliterator.builder().apostrophes(ApostropheStyle.QUOTES).build().toLatin("ўғъ")}</pre>
 *
 * <p>No law fixes the code points. Unicode and CLDR recommend U+02BB/U+02BC, which are letters to a
 * word processor; most government sites (lex.uz) use the quotation marks U+2018/U+2019 instead.
 */
public enum ApostropheStyle {
    /** oʻ gʻ with U+02BB MODIFIER LETTER TURNED COMMA, tutuq with U+02BC MODIFIER LETTER APOSTROPHE (default). */
    UNICODE('\u02BB', '\u02BC'),
    /** oʻ gʻ with U+2018 LEFT SINGLE QUOTATION MARK, tutuq with U+2019 RIGHT SINGLE QUOTATION MARK. */
    QUOTES('\u2018', '\u2019');

    private final char modifier;
    private final char tutuq;

    ApostropheStyle(char modifier, char tutuq) {
        this.modifier = modifier;
        this.tutuq = tutuq;
    }

    /** The sign written after o and g: oʻ, gʻ. */
    public char modifier() {
        return modifier;
    }

    /** The tutuq belgisi (hard-sign apostrophe): maʼno, sʼh. */
    public char tutuq() {
        return tutuq;
    }
}
