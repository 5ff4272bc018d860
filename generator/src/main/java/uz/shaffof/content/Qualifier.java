package uz.shaffof.content;

/**
 * How exactly a source states a figure. Sources often say "more than 20 000" or "about 700": the site
 * must print that qualifier with the number, never pretend the figure is exact.
 */
public enum Qualifier {
    EXACT,
    MORE_THAN,
    ABOUT,
    AT_LEAST,
    LESS_THAN
}
