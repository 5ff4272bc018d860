package uz.shaffof.translit;

/** Letter rules for one direction, applied to a word the dictionary and glossary did not cover. */
interface WordRules {
    /** The script whose letters these rules convert. */
    Script source();

    /** End of the word that starts at {@code start} (a letter) in the text {@code s[0, n)}. */
    int wordEnd(char[] s, int n, int start);

    /** Whether the word has letters to convert at all (a Latin word in Cyrillic text has none). */
    boolean hasSourceLetters(char[] s, int start, int end);

    /**
     * Whether the word {@code s[start, end)} of the text {@code s[0, n)} must pass through untouched (Roman
     * numerals, code, foreign words).
     */
    boolean isProtectedWord(char[] s, int n, int start, int end);

    /**
     * Converts {@code s[from, end)} of the word {@code s[start, end)} by rule; {@code from > start} when a
     * dictionary or glossary stem covered the beginning. Context (the letter before, the word start) is
     * read from {@code s}.
     */
    void convert(char[] s, int start, int end, int from, Output out);

    /** Warns about a word converted entirely by rule, where the rules had to guess. */
    void warnGuesses(char[] s, int start, int end, Output out);
}
