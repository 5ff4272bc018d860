package uz.shaffof.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Heading ids of our own: ASCII, lower-case with {@link java.util.Locale#ROOT} (commonmark's heading-anchor extension
 * lower-cases with the default locale, which breaks under Turkish), unique within a page by a numeric suffix.
 * Fed the Latin form of a heading, it gives the same id in both editions.
 */
final class HeadingIds {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(String text) {
        String base = AsciiSlug.of(text);
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
