package uz.shaffof.i18n;

import uz.shaffof.translit.Script;

/**
 * An edition of the site: Uzbek Latin under {@code /uz/} and Uzbek Cyrillic under {@code /oz/}, the prefixes
 * Uzbekistan's government sites already use. Latin comes first: it is the default ({@code x-default}).
 */
public enum Edition {
    LATN("uz", "uz-Latn", Script.LATIN),
    CYRL("oz", "uz-Cyrl", Script.CYRILLIC);

    private final String prefix;
    private final String lang;
    private final Script script;

    Edition(String prefix, String lang, Script script) {
        this.prefix = prefix;
        this.lang = lang;
        this.script = script;
    }

    /** The first path segment of every page of this edition, without slashes. */
    public String prefix() {
        return prefix;
    }

    /** The BCP 47 tag used in {@code lang} and {@code hreflang}. */
    public String lang() {
        return lang;
    }

    public Script script() {
        return script;
    }

    public Edition other() {
        return this == LATN ? CYRL : LATN;
    }
}
