package uz.shaffof.render;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids of our own: ASCII, lower-case with {@link Locale#ROOT} (commonmark's heading-anchor extension
 * lower-cases with the default locale, which breaks under Turkish), unique within a page by a numeric suffix.
 * Fed the Latin form of a heading, it gives the same id in both editions.
 */
final class HeadingIds {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(String text) {
        String base = slug(text);
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
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
        String slug = out.length() > 80 ? out.substring(0, 80) : out.toString();
        return slug.isEmpty() ? "section" : slug;
    }
}
