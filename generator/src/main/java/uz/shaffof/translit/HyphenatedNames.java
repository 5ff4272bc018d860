package uz.shaffof.translit;

/**
 * Hyphenated proper names: Sent-Pyer, Kabo-Verde, Nyu-York. Each part begins with a capital, and the name is
 * one word: a part of it is not a common word of the dictionary that happens to be spelled the same (the
 * Sent of Sent-Pyer is not the coin sent, цент). Pairs of common words joined by a hyphen (konsert-tomosha,
 * oktabr-noyabr) are words in their own right and keep their dictionary forms.
 */
final class HyphenatedNames {
    private HyphenatedNames() {}

    /** Whether the word {@code s[start, end)} of the text {@code s[0, n)} is a part of a hyphenated proper name. */
    static boolean isPartOfProperName(char[] s, int n, int start, int end) {
        if (!isCapitalised(s, start, end)) {
            return false;
        }
        boolean capitalAfter = end + 1 < n && s[end] == '-' && Letters.isUpperCase(s[end + 1]);
        return capitalAfter || start >= 2 && s[start - 1] == '-' && isCapitalised(s, partStart(s, start - 1), start - 1);
    }

    /** A capital followed by at least one lower-case letter: Sent, not SENT (all capitals say nothing of names). */
    private static boolean isCapitalised(char[] s, int start, int end) {
        if (end - start < 2 || !Letters.isUpperCase(s[start])) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (Character.isLowerCase(s[k])) {
                return true;
            }
        }
        return false;
    }

    /** Start of the part that ends at {@code end} (the letters and signs before it). */
    private static int partStart(char[] s, int end) {
        int k = end;
        while (k > 0 && (Letters.isLetter(s[k - 1]) || Apostrophes.isLookAlike(s[k - 1]))) {
            k--;
        }
        return k;
    }
}
