package uz.shaffof.translit;

/**
 * The Latin alphabet the engine writes. Only the alphabet in force exists; it is an enum so that a
 * reformed alphabet (the drafts with ş ç ö ğ) can be added as a second profile without touching callers.
 *
 * <pre>{@code Transliterator.builder().orthography(Orthography.LATIN_1995).build()}</pre>
 */
public enum Orthography {
    /**
     * The alphabet of the law of 2 September 1993 as amended on 6 May 1995 (26 letters, oʻ gʻ sh ch, ng and
     * the tutuq belgisi), with the spelling rules of Cabinet of Ministers resolution No. 339 of 24.08.1995.
     */
    LATIN_1995("o\u02BB", "g\u02BB", "sh", "ch");

    private final String oWithSign;
    private final String gWithSign;
    private final String sh;
    private final String ch;

    Orthography(String oWithSign, String gWithSign, String sh, String ch) {
        this.oWithSign = oWithSign;
        this.gWithSign = gWithSign;
        this.sh = sh;
        this.ch = ch;
    }

    /**
     * Whether the Latin edition writes a hyphen after the numeral of a year or a day (2016-yil 15-dekabr), where
     * the Cyrillic edition writes a space (2016 йил 15 декабрь): VM 339, "Chiziqcha bilan yozish", against the
     * Cyrillic rules of 1956. Every conversion applies it, so each edition follows its own script's convention.
     */
    boolean hyphenAfterDateNumerals() {
        return true;
    }

    /** Latin spelling of ў (canonical sign U+02BB; the apostrophe style maps it on output). */
    String oWithSign() {
        return oWithSign;
    }

    /** Latin spelling of ғ. */
    String gWithSign() {
        return gWithSign;
    }

    /** Latin spelling of ш (and of Russian щ). */
    String sh() {
        return sh;
    }

    /** Latin spelling of ч. */
    String ch() {
        return ch;
    }
}
