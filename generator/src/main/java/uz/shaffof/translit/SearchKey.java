package uz.shaffof.translit;

import java.util.Locale;

/**
 * A script-neutral key for search and sorting: the text in Latin, lower case, every apostrophe
 * look-alike the same. {@code of("Toshkent")}, {@code of("Тошкент")} and {@code of("TOSHKENT")} are equal,
 * and so are {@code of("Oʻzbekiston")}, {@code of("O'zbekiston")} and {@code of("Ўзбекистон")}.
 */
public final class SearchKey {
    private SearchKey() {}

    public static String of(String text) {
        String latin = Transliterator.standard().toLatin(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            key.append(Apostrophes.isLookAlike(c) ? Apostrophes.KEY : c);
        }
        return key.toString();
    }
}
