package uz.shaffof.translit;

import java.util.Locale;

/**
 * Word shapes in Latin text where the rules had to guess the Cyrillic: the warnings that
 * {@code check --strict} turns into errors until someone adds a dictionary or glossary entry.
 */
final class LoanShapes {
    static final String TS = "ts guessed as %s: an unknown word with ts may be ц (litsey) or т+с (ketsa); add it to the glossary";
    static final String S_LOAN = "loanword shape -s%s may need ц for s (aksiya→акция, konsert→концерт); add it to the glossary";
    static final String Y_AFTER_CONSONANT = "%s after a consonant may need ь or ъ (kompyuter→компьютер, obyekt→объект) or stay as it is (dunyo→дунё); add it to the glossary";
    static final String SOFT_SIGN = "loanword ending -%s may need ь (aprel→апрель, oktabr→октябрь); add it to the glossary";
    static final String SIGN_AFTER_OG = "ʼ (tutuq) after %s read as the sign of %sʻ; write %sʻ or add it to the glossary";
    static final String COMMA_AS_TUTUQ = "ʻ between letters read as the tutuq belgisi ʼ";

    /**
     * s before these letters in an unknown word is often a Russian loan's ц written s after a consonant (appendix §4):
     * aksiya, mansion, konsert, resentiment; -sia- the adjectives and nouns in -циал, -циар (konfidensial →
     * конфиденциал), with "iya" tried first so that -siya keeps its own message.
     */
    private static final String[] S_SHAPES = {"iya", "ion", "ia", "ert", "ent"};
    /** Tried in order; "li" before "i", so that harf+li is not read as a stem ending in -fl. */
    private static final String[] CASE_ENDINGS = {"lar", "ning", "dagi", "dan", "da", "ga", "ni", "lik", "li", "si", "i"};

    void warn(char[] s, int start, int end, Output out) {
        String w = new String(s, start, end - start).toLowerCase(Locale.ROOT);
        warnTs(w, s, start, end, out);
        warnS(w, s, start, end, out);
        warnY(w, s, start, end, out);
        warnSoftSign(w, s, start, end, out);
        warnSigns(s, start, end, out);
    }

    private void warnTs(String w, char[] s, int start, int end, Output out) {
        int k = w.indexOf("ts");
        while (k >= 0) {
            if (k + 2 >= w.length() || w.charAt(k + 2) != 'h') {
                boolean tse = LatinToCyrillic.tsIsTse(s, start + k, end, k == 0 ? 0 : 'x');
                out.warn(s, start, end, String.format(Locale.ROOT, TS, tse ? "ц" : "т+с"));
                return;
            }
            k = w.indexOf("ts", k + 1);
        }
    }

    private void warnS(String w, char[] s, int start, int end, Output out) {
        for (String shape : S_SHAPES) {
            int k = w.indexOf("s" + shape);
            if (k >= 0 && (k == 0 || w.charAt(k - 1) != 't')) {
                out.warn(s, start, end, String.format(Locale.ROOT, S_LOAN, shape));
                return;
            }
        }
    }

    private void warnY(String w, char[] s, int start, int end, Output out) {
        for (int k = 1; k + 1 < w.length(); k++) {
            if (w.charAt(k) != 'y') {
                continue;
            }
            char v = w.charAt(k + 1);
            char p = w.charAt(k - 1);
            boolean vowel = v == 'e' || v == 'o' || v == 'u' || v == 'a';
            boolean yoSign = v == 'o' && k + 2 < w.length() && Apostrophes.isLookAlike(w.charAt(k + 2));
            boolean consonantBefore = Letters.isAsciiLetter(p) && !Letters.isLatinVowel(p) && p != 'y'
                    || (Apostrophes.isLookAlike(p) && k >= 2 && w.charAt(k - 2) == 'g');
            if (!vowel || yoSign || !consonantBefore || isProgressive(w, k)) {
                continue;
            }
            out.warn(s, start, end, String.format(Locale.ROOT, Y_AFTER_CONSONANT, "y" + v));
            return;
        }
    }

    /** The progressive suffix -yap- (kelyapti, kechyapmiz) is native: я after a consonant, no sign. */
    private static boolean isProgressive(String w, int k) {
        return w.startsWith("yap", k) && (k + 3 == w.length() || !Letters.isLatinVowel(w.charAt(k + 3)));
    }

    private void warnSoftSign(String w, char[] s, int start, int end, Output out) {
        String stem = w;
        for (String ending : CASE_ENDINGS) {
            if (w.length() > ending.length() + 3 && w.endsWith(ending)) {
                stem = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        String shape = softSignShape(stem);
        if (shape == null && stem != w) {
            shape = softSignShape(w);
        }
        if (shape != null) {
            out.warn(s, start, end, String.format(Locale.ROOT, SOFT_SIGN, shape));
        }
    }

    /** -el (aprel, model), or a stop or f/v before a final l or r (oktabr, ansambl, spektakl). */
    private static String softSignShape(String stem) {
        int n = stem.length();
        if (n < 4) {
            return null;
        }
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        if (last == 'l' && before == 'e') {
            return "el";
        }
        if ((last == 'l' || last == 'r') && "bpkgfv".indexOf(before) >= 0) {
            return "" + before + last;
        }
        return null;
    }

    private void warnSigns(char[] s, int start, int end, Output out) {
        for (int k = start + 1; k < end; k++) {
            char c = s[k];
            char prev = s[k - 1];
            if (c == Apostrophes.APOSTROPHE && LatinToCyrillic.isOorG(prev)) {
                char l = (char) (prev | 0x20);
                out.warn(s, start, end, String.format(Locale.ROOT, SIGN_AFTER_OG, l, l, l));
                return;
            }
            if (c == Apostrophes.TURNED_COMMA && Letters.isLetter(prev) && !LatinToCyrillic.isOorG(prev)) {
                out.warn(s, start, end, COMMA_AS_TUTUQ);
                return;
            }
        }
    }
}
