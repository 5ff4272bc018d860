package uz.shaffof.translit;

/** How much of a word a dictionary or glossary entry may cover. */
enum Scope {
    /** The whole word and nothing more. */
    WORD,
    /** The start of a word; the rest must be a chain of known suffixes (see {@link Suffixes}). */
    STEM;

    static Scope parse(String s) {
        switch (s) {
            case "word":
                return WORD;
            case "stem":
                return STEM;
            default:
                return null;
        }
    }
}
