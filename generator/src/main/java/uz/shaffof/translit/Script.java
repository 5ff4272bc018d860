package uz.shaffof.translit;

/** The two scripts Uzbek is written in on this site. */
public enum Script {
    LATIN,
    CYRILLIC;

    public Script other() {
        return this == LATIN ? CYRILLIC : LATIN;
    }
}
