package uz.shaffof.importer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which two spellings of a name compare equal: case, apostrophe look-alikes ({@code Fargʻona},
 * {@code Farg'ona}, {@code Farg`ona}), spacing and the Uzbek Cyrillic letters that Windows-1251 lacks (ў қ ғ ҳ, which
 * editors of such files type as у к г х: {@code Фаргона вилояти}) do not matter.
 */
final class NameKey {
    private static final String APOSTROPHES = "'`´ʻʼʽ‘’‛′\"";

    private NameKey() {}

    static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (APOSTROPHES.indexOf(c) >= 0) continue;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '_') {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(switch (c) {
                case 'ў' -> 'у';
                case 'қ' -> 'к';
                case 'ғ' -> 'г';
                case 'ҳ' -> 'х';
                case 'ё' -> 'е';
                default -> c;
            });
        }
        return out.toString();
    }
}
