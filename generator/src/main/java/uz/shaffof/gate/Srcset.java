package uz.shaffof.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs in a {@code srcset} attribute ({@code "a.png 1x, b.png 2x"}). Splitting on commas alone is wrong: a
 * URL may itself contain commas, so this follows the HTML candidate grammar (URL up to whitespace, then
 * descriptors up to a comma).
 */
final class Srcset {
    private Srcset() {}

    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) i++;
            String url = srcset.substring(start, i);
            boolean descriptorsFollow = true;
            if (url.endsWith(",")) {
                // "a.png,b.png": the trailing commas end this candidate and it has no descriptors.
                url = url.replaceAll(",+$", "");
                descriptorsFollow = false;
            }
            if (!url.isEmpty()) urls.add(url);
            if (descriptorsFollow) {
                int depth = 0;
                while (i < n && (srcset.charAt(i) != ',' || depth > 0)) {
                    if (srcset.charAt(i) == '(') depth++;
                    if (srcset.charAt(i) == ')' && depth > 0) depth--;
                    i++;
                }
            }
        }
        return urls;
    }
}
