package uz.shaffof.translit;

/** Upper-case Roman numerals (XXI asr, I chorak), which stay in Latin letters in both editions. */
final class RomanNumerals {
    private static final String DIGITS = "IVXLCDM";
    private static final int[] VALUES = {1, 5, 10, 50, 100, 500, 1000};
    private static final String[][] CANONICAL = {
        {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"},
        {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
        {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
        {"", "M", "MM", "MMM"}
    };

    private RomanNumerals() {}

    /**
     * Whether {@code s[start, end)} of the text {@code s[0, n)} is a well-formed numeral (1–3999). A single letter
     * followed by a full stop and a capital is an initial (I.Karimov), not a numeral.
     */
    static boolean isNumeral(char[] s, int n, int start, int end) {
        int length = end - start;
        if (length == 0 || length > 15) {
            return false;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            int k = DIGITS.indexOf(s[i]);
            if (k < 0) {
                return false;
            }
            int v = VALUES[k];
            int next = i + 1 < end ? DIGITS.indexOf(s[i + 1]) : -1;
            value += next >= 0 && VALUES[next] > v ? -v : v;
        }
        if (value <= 0 || value >= 4000 || !isWrittenAs(canonical(value), s, start, end)) {
            return false;
        }
        return !(length == 1 && isInitial(s, n, end));
    }

    private static boolean isInitial(char[] s, int n, int end) {
        if (end >= n || s[end] != '.') {
            return false;
        }
        int k = end + 1;
        while (k < n && s[k] == ' ') {
            k++;
        }
        return k < n && Character.isUpperCase(s[k]);
    }

    private static boolean isWrittenAs(String numeral, char[] s, int start, int end) {
        if (numeral.length() != end - start) {
            return false;
        }
        for (int k = 0; k < numeral.length(); k++) {
            if (numeral.charAt(k) != s[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static String canonical(int value) {
        return CANONICAL[3][value / 1000] + CANONICAL[2][value / 100 % 10] + CANONICAL[1][value / 10 % 10]
                + CANONICAL[0][value % 10];
    }
}
