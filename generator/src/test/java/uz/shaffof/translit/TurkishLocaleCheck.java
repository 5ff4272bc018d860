package uz.shaffof.translit;

import java.util.Locale;

/** Run by {@link LocaleIndependenceTest} in a JVM whose default locale is Turkish; exit 0 and "ok tr" on success. */
final class TurkishLocaleCheck {
    private TurkishLocaleCheck() {}

    public static void main(String[] args) {
        check(Locale.getDefault().getLanguage(), "tr");
        Transliterator t = Transliterator.standard();
        check(t.toCyrillic("ISTIQLOL"), "ИСТИҚЛОЛ");
        check(t.toCyrillic("Istiqlol IIV"), "Истиқлол ИИВ");
        check(t.toLatin("ИСТИҚЛОЛ ВА ЛИЦЕЙ"), "ISTIQLOL VA LITSEY");
        check(t.toCyrillic("LITSEYDA OKTABRDA"), "ЛИЦЕЙДА ОКТЯБРДА");
        check(SearchKey.of("ISTIQLOL"), "istiqlol");
        check(SearchKey.of("Истиқлол"), "istiqlol");
        check(t.toLatin("ИИВ"), "IIV");
        System.out.println("ok " + Locale.getDefault().getLanguage());
    }

    private static void check(String actual, String expected) {
        if (!actual.equals(expected)) {
            System.out.println("expected " + expected + " but got " + actual);
            System.exit(1);
        }
    }
}
