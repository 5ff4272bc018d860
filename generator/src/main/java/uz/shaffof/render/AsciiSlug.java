package uz.shaffof.render;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An ASCII slug of a Latin-script text, for ids and URL segments that must be the same in both editions:
 * {@code "Oʻzbekiston — III bob"} → {@code "ozbekiston-iii-bob"}. Lower-cases with {@link Locale#ROOT}; the
 * apostrophes of oʻ, gʻ and the tutuq belgisi belong to their word and make no dash.
 */
public final class AsciiSlug {
    private AsciiSlug() {}

    public static String of(String text) {
        // ASCII is its own NFKD form: most headings skip the normalizer, which costs far more than this loop.
        String s = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) out.append('-');
                out.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u02BB' && c != '\u02BC'
                    && c != '\'' && c != '\u2018' && c != '\u2019') {
                // Apostrophes inside oʻ, gʻ and the tutuq belgisi belong to the word: no dash for them.
                dash = true;
            }
        }
        // Cut long slugs at 80 characters, and never leave a dash at the end (found by fuzzing).
        int end = Math.min(out.length(), 80);
        while (end > 0 && out.charAt(end - 1) == '-') end--;
        return end == 0 ? "section" : out.substring(0, end);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
