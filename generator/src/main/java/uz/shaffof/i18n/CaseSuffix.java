package uz.shaffof.i18n;

/**
 * Attaches an Uzbek case suffix ({@code -dan}, {@code -ga}, {@code -da}) to the word it belongs to, in either
 * script. A suffix is part of its word: "630 000 nafardan ortiq", "700 nafarga yaqin", "12 000 tadan ortiq",
 * never "nafar dan", "nafar ga".
 *
 * <ul>
 *   <li>After a letter (a unit word such as nafar, ta, ball, km, foiz punkti) the suffix is written straight on.
 *       The dative {@code -ga} assimilates to the word's last consonant as the spelling rules require:
 *       {@code -ka} after k, {@code -qa} after q (tok → tokka, qishloq → qishloqqa).</li>
 *   <li>After a figure in digits or a sign ({@code 630 000}, {@code 6,5%}) there is no letter to join; the suffix
 *       is joined with a hyphen ({@code 630 000-dan}, {@code 6,5%-dan}), the way the Latin rules join a
 *       suffix to a numeral in dates ({@code 2016-yil}), so it never stands apart as a word.</li>
 * </ul>
 *
 * Abbreviated units are read out as their full word (km = kilometr), so they take the suffix of the full word:
 * {@code -ga} stays {@code -ga} after "km" (kilometrga). The assimilation therefore applies only to whole words.
 */
public final class CaseSuffix {
    private CaseSuffix() {}

    /** {@code word} with {@code suffix} attached: {@code ("nafar", "dan") → "nafardan"}, {@code ("630 000", "dan") → "630 000-dan"}. */
    public static String attach(String word, String suffix) {
        if (word.isEmpty() || suffix.isEmpty()) return word + suffix;
        int last = word.codePointBefore(word.length());
        if (!Character.isLetter(last)) return word + "-" + suffix;
        return word + assimilated(word, last, suffix);
    }

    /** {@code -ga} becomes {@code -ka} after k and {@code -qa} after q (Latin or Cyrillic), in whole words. */
    private static String assimilated(String word, int last, String suffix) {
        if (isAbbreviation(word)) return suffix;
        char first = suffix.charAt(0);
        boolean latin = first == 'g';
        boolean cyrillic = first == 'г';
        if (!latin && !cyrillic) return suffix;
        String rest = suffix.substring(1);
        if (last == 'k' || last == 'к') return (latin ? "k" : "к") + rest;
        if (last == 'q' || last == 'қ') return (latin ? "q" : "қ") + rest;
        return suffix;
    }

    /** A unit written as an abbreviation (km, км): the last word has no vowel. */
    private static boolean isAbbreviation(String word) {
        int space = Math.max(word.lastIndexOf(' '), word.lastIndexOf('\u00A0'));
        String lastWord = word.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return lastWord.chars().noneMatch(c -> "aeiouoʻаеёиоуўэюя".indexOf(c) >= 0);
    }

    /**
     * Fills a phrase whose placeholder carries its suffix, as interface strings write it: {@code "{0}dan ortiq"}
     * with {@code "630 000 nafar"} gives "630 000 nafardan ortiq". A placeholder without a suffix is replaced
     * as it is.
     */
    public static String fill(String phrase, String value) {
        int at = phrase.indexOf("{0}");
        if (at < 0) return phrase;
        int end = at + 3;
        while (end < phrase.length() && Character.isLetter(phrase.codePointAt(end))) end += Character.charCount(phrase.codePointAt(end));
        String suffix = phrase.substring(at + 3, end);
        return phrase.substring(0, at) + attach(value, suffix) + phrase.substring(end);
    }
}
