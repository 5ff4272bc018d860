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
     * Whether {@code s[start, end)} is a well-formed numeral (1–3999). A single letter followed by a full
     * stop and a capital is an initial (I.Karimov), not a numeral.
     */
    static boolean isNumeral(String s, int start, int end) {
        int n = end - start;
        if (n == 0 || n > 15) {
            return false;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            int k = DIGITS.indexOf(s.charAt(i));
            if (k < 0) {
                return false;
            }
            int v = VALUES[k];
            int next = i + 1 < end ? DIGITS.indexOf(s.charAt(i + 1)) : -1;
            value += next >= 0 && VALUES[next] > v ? -v : v;
        }
        if (value <= 0 || value >= 4000 || !canonical(value).contentEquals(s.subSequence(start, end))) {
            return false;
        }
        return !(n == 1 && isInitial(s, end));
    }

    private static boolean isInitial(String s, int end) {
        if (end >= s.length() || s.charAt(end) != '.') {
            return false;
        }
        int k = end + 1;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k < s.length() && Character.isUpperCase(s.charAt(k));
    }

    private static String canonical(int value) {
        return CANONICAL[3][value / 1000] + CANONICAL[2][value / 100 % 10] + CANONICAL[1][value / 10 % 10]
                + CANONICAL[0][value % 10];
    }
}
