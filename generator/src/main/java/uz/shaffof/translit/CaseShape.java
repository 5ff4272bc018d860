package uz.shaffof.translit;

import java.util.Locale;

/** How a source word is capitalised, so that a dictionary or glossary form can be given the same shape. */
enum CaseShape {
    LOWER,
    TITLE,
    UPPER,
    MIXED;

    /** The shape of the letters in {@code s[from, to)}; apostrophes and digits are ignored. */
    static CaseShape of(char[] s, int from, int to) {
        int letters = 0;
        int uppers = 0;
        boolean firstUpper = false;
        boolean restLower = true;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (!Letters.isLetter(c)) {
                continue;
            }
            boolean up = Letters.isUpperCase(c);
            if (letters == 0) {
                firstUpper = up;
            } else if (up) {
                restLower = false;
            }
            letters++;
            if (up) {
                uppers++;
            }
        }
        if (uppers == 0) {
            return LOWER;
        }
        if (uppers == letters && letters > 1) {
            return UPPER;
        }
        if (firstUpper && restLower) {
            return TITLE;
        }
        return MIXED;
    }

    /** A dictionary form (stored in its natural case) given this shape; MIXED keeps the stored form. */
    String apply(String form) {
        switch (this) {
            case LOWER:
                return form.toLowerCase(Locale.ROOT);
            case UPPER:
                return form.toUpperCase(Locale.ROOT);
            case TITLE:
                return capitalise(form.toLowerCase(Locale.ROOT));
            default:
                return form;
        }
    }

    /**
     * Whether the letters of {@code s[from, to)} have the same upper/lower pattern as the letters of
     * {@code form} (a glossary entry written exactly as in the text is then used exactly as written).
     */
    static boolean sameCasePattern(char[] s, int from, int to, String form) {
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (!Letters.isLetter(c)) {
                continue;
            }
            while (k < form.length() && !Letters.isLetter(form.charAt(k))) {
                k++;
            }
            if (k == form.length() || Character.isUpperCase(c) != Character.isUpperCase(form.charAt(k))) {
                return false;
            }
            k++;
        }
        while (k < form.length() && !Letters.isLetter(form.charAt(k))) {
            k++;
        }
        return k == form.length();
    }

    static String capitalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Letters.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    return s;
                }
                return s.substring(0, i) + Character.toUpperCase(c) + s.substring(i + 1);
            }
        }
        return s;
    }
}
