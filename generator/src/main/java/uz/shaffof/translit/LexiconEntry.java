package uz.shaffof.translit;

/**
 * One pair of spellings from the built-in dictionary or the project glossary.
 *
 * @param cyrillic the Cyrillic form, ь and all (апрель)
 * @param latin the Latin form with canonical signs (aprel, moʻjiza)
 * @param scope whole word or stem
 * @param toLatin whether the entry is used for Cyrillic to Latin
 * @param toCyrillic whether the entry is used for Latin to Cyrillic
 */
record LexiconEntry(String cyrillic, String latin, Scope scope, boolean toLatin, boolean toCyrillic) {

    /** The spelling written into the target edition; a stem's final ь is dropped before a suffix (октябр+да). */
    String output(Script target, boolean continued) {
        if (target == Script.LATIN) {
            return latin;
        }
        if (continued && scope == Scope.STEM && endsWithSoftSign(cyrillic)) {
            return cyrillic.substring(0, cyrillic.length() - 1);
        }
        return cyrillic;
    }

    /** A proper name (Kanada, Sent-Lyusiya) rather than a common word (цент): stored with a capital. */
    boolean isProperName() {
        return !latin.isEmpty() && Character.isUpperCase(latin.charAt(0));
    }

    /** Whether a word starting with {@code first} may be this entry: a proper name only with a capital. */
    boolean matchesCase(char first) {
        return !isProperName() || Character.isUpperCase(first);
    }

    static boolean endsWithSoftSign(String s) {
        return !s.isEmpty() && Character.toLowerCase(s.charAt(s.length() - 1)) == 'ь';
    }
}
