package uz.shaffof.translit;

/**
 * Dates written with Arabic numerals, which the two scripts punctuate differently. The Latin rules put a
 * hyphen after the numeral of a year and of a day of the month, as after every ordinal written in figures
 * (VM 339 of 24.08.1995, "Chiziqcha bilan yozish": 1995-yil 24-avgust, 5-sinf); the Cyrillic rules of 1956
 * put none after the numeral of a year or a day (2003 йил, 1 сентябрь), and keep it after other ordinals
 * (5-синф). So a numeral followed by the word for year or by a month name changes its separator with the
 * script, and nothing else does.
 *
 * <p>Cyrillic cannot tell the year 2016 from 2016 years, nor the 5th day from 5 days, so the rule is
 * bounded where a date is certain: a numeral of four figures before йил (yil) and its forms (йилда,
 * йилнинг, йиллар), and a numeral from 1 to 31 of one or two figures before a month name and its forms
 * (декабрь, декабрдаги). "5 йил" (five years) stays as it is in both scripts.
 */
final class DateNumerals {
    private static final String[] LATIN_MONTHS = {
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "sentyabr", "oktabr",
        "oktyabr", "noyabr", "dekabr"};
    private static final String[] CYRILLIC_MONTHS = {
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
        "декабрь"};

    private DateNumerals() {}

    /**
     * Whether the separator {@code s[i]} (a hyphen in Latin text, a space in Cyrillic text) stands between a
     * date numeral and the year or month word that follows, so that the other script writes its own separator.
     */
    static boolean isDateSeparator(char[] s, int n, int i, Script source) {
        char c = s[i];
        boolean separator = source == Script.LATIN ? c == '-' : c == ' ' || c == '\u00A0';
        if (!separator || i == 0 || !Letters.isAsciiDigit(s[i - 1]) || i + 1 >= n) {
            return false;
        }
        int start = i - 1;
        while (start > 0 && Letters.isAsciiDigit(s[start - 1])) {
            start--;
        }
        if (start > 0 && isPartOfNumber(s[start - 1])) {
            return false; // 24.08.1995, 12,5, 1/2: not a numeral on its own
        }
        int digits = i - start;
        int wordEnd = i + 1;
        while (wordEnd < n && Letters.isLetter(s[wordEnd])) {
            wordEnd++;
        }
        if (wordEnd == i + 1 || wordEnd < n && Letters.isLetterOrDigit(s[wordEnd])) {
            return false;
        }
        if (digits == 4) {
            return startsWithStem(s, i + 1, wordEnd, source == Script.LATIN ? "yil" : "йил", source);
        }
        if (digits <= 2) {
            int day = digits == 1 ? s[start] - '0' : (s[start] - '0') * 10 + s[start + 1] - '0';
            if (day < 1 || day > 31) {
                return false;
            }
            for (String month : source == Script.LATIN ? LATIN_MONTHS : CYRILLIC_MONTHS) {
                if (startsWithStem(s, i + 1, wordEnd, month, source)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The separator the target script writes after a date numeral. */
    static char separatorIn(Script target) {
        return target == Script.LATIN ? '-' : ' ';
    }

    private static boolean isPartOfNumber(char c) {
        return c == '.' || c == ',' || c == '/' || c == ':' || Letters.isLetter(c);
    }

    /**
     * Whether {@code s[from, to)} is the stem followed by a chain of suffixes; a Cyrillic stem ending in ь
     * drops it before a suffix (декабрдаги), as in the dictionary.
     */
    private static boolean startsWithStem(char[] s, int from, int to, String stem, Script source) {
        if (matches(s, from, to, stem) && Suffixes.isChain(s, from + stem.length(), to, source)) {
            return true;
        }
        if (stem.endsWith("ь")) {
            String bare = stem.substring(0, stem.length() - 1);
            return matches(s, from, to, bare) && Suffixes.isChain(s, from + bare.length(), to, source);
        }
        return false;
    }

    private static boolean matches(char[] s, int from, int to, String stem) {
        if (to - from < stem.length()) {
            return false;
        }
        for (int k = 0; k < stem.length(); k++) {
            if (Letters.fold(s[from + k]) != stem.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
