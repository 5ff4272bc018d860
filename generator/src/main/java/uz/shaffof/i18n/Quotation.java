package uz.shaffof.i18n;

/**
 * Puts a title in Uzbek quotation marks, «…». A title that already holds quotation marks (an interview titled by
 * its quote: «Qogʻozbozlikdan qochish vaqti allaqachon kelgan» — Elektron hukumat) keeps them as inner quotes
 * „…“, the nesting Uzbek and Russian typography use, so the reader never sees «« or »».
 */
public final class Quotation {
    private Quotation() {}

    /** {@code «text»}, with any «» inside turned into „“. */
    public static String quote(String text) {
        return "«" + text.replace('«', '„').replace('»', '“') + "»";
    }
}
