package uz.shaffof.translit;

/**
 * Latin to Cyrillic letter rules. Latin hides distinctions Cyrillic makes (ts = ц or тс, ye after a
 * consonant = ье or ъе, s = с or ц in loans, ь); the rules take the likelier reading and
 * {@link #warnGuesses} says where a dictionary or glossary entry is needed.
 */
final class LatinToCyrillic implements WordRules {
    private static final String SIMPLE_FROM = "abdfhijklmnpqruvxz";
    private static final String SIMPLE_TO = "абдфҳижклмнпқрувхз";
    private static final char[] SIMPLE = new char[128];

    static {
        for (int k = 0; k < SIMPLE_FROM.length(); k++) {
            SIMPLE[SIMPLE_FROM.charAt(k)] = SIMPLE_TO.charAt(k);
        }
    }

    private final LoanShapes shapes = new LoanShapes();

    @Override
    public Script source() {
        return Script.LATIN;
    }

    @Override
    public int wordEnd(char[] s, int n, int start) {
        int i = start;
        while (i < n) {
            char c = s[i];
            if (Letters.isLetter(c) || (i > start && Apostrophes.isLookAlike(c) && isInWordSign(s, n, start, i))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Whether the look-alike at {@code k} belongs to the word: the sign of oʻ/gʻ (after o or g, before a
     * letter; after g also at the end of a word; after o at the end only when it is ʻ or ‘), the tutuq
     * between two letters, or an explicit ʼ ending a word (jamʼ). Anything else is a quotation mark.
     */
    static boolean isInWordSign(char[] s, int n, int start, int k) {
        char c = s[k];
        char prev = s[k - 1];
        char next = k + 1 < n ? s[k + 1] : 0;
        boolean letterNext = Letters.isLetter(next);
        if (Apostrophes.isLookAlike(prev)) {
            return k - 2 >= start && isOorG(s[k - 2]) && letterNext; // moʻʼjiza
        }
        if (!Letters.isLetter(prev)) {
            return false;
        }
        if (isOorG(prev)) {
            if (letterNext || (prev | 0x20) == 'g') {
                return true;
            }
            return c == Apostrophes.TURNED_COMMA || c == '\u2018';
        }
        return letterNext || c == Apostrophes.APOSTROPHE;
    }

    static boolean isOorG(char c) {
        char l = (char) (c | 0x20);
        return c < 0x80 && (l == 'o' || l == 'g');
    }

    @Override
    public boolean hasSourceLetters(char[] s, int start, int end) {
        if (Letters.isAsciiLetter(s[start])) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            if (Letters.isAsciiLetter(s[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isProtectedWord(char[] s, int n, int start, int end) {
        return isForeign(s, start, end) || RomanNumerals.isNumeral(s, n, start, end);
    }

    /** Letters outside the Uzbek alphabet (c without h, w, é, ş ...): a name or brand, left as written. */
    static boolean isForeign(char[] s, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = s[k];
            if (c < 0x80) {
                char l = (char) (c | 0x20);
                if (l == 'w' && Letters.isAsciiLetter(c)) {
                    return true;
                }
                if (l == 'c' && Letters.isAsciiLetter(c) && !(k + 1 < end && (s[k + 1] | 0x20) == 'h')) {
                    return true;
                }
            } else if (Letters.isLetter(c) && !Letters.isCyrillic(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void convert(char[] s, int start, int end, int from, Output out) {
        int i = from;
        char prevKind = kindBefore(s, start, from);
        while (i < end) {
            char c = s[i];
            if (!Letters.isAsciiLetter(c)) {
                if (Apostrophes.isLookAlike(c)) {
                    // Reaching here it is the tutuq: the signs of oʻ/gʻ and the s|h separator are consumed below.
                    out.generated(allCapsAround(s, start, end, i) ? 'Ъ' : 'ъ');
                    prevKind = 't';
                } else {
                    out.verbatim(c);
                    prevKind = Letters.isVowel(c) ? 'v' : 'c';
                }
                i++;
                continue;
            }
            char l = (char) (c | 0x20);
            boolean up = c != l;
            char l1 = lowerAt(s, i + 1, end);
            switch (l) {
                case 'c' -> {
                    if (l1 == 'h') {
                        emit(out, 'ч', up);
                        i += 2;
                    } else {
                        out.verbatim(c);
                        i++;
                    }
                    prevKind = 'c';
                }
                case 'e' -> {
                    // §6: э at the start of a word and after a vowel (ekin, poeziya); е after a consonant.
                    emit(out, prevKind == 0 || prevKind == 'v' || prevKind == 't' ? 'э' : 'е', up);
                    prevKind = 'v';
                    i++;
                }
                case 'g' -> {
                    if (i + 1 < end && Apostrophes.isLookAlike(s[i + 1])) {
                        emit(out, 'ғ', up);
                        i += 2;
                    } else {
                        emit(out, 'г', up);
                        i++;
                    }
                    prevKind = 'c';
                }
                case 'o' -> {
                    if (i + 1 < end && Apostrophes.isLookAlike(s[i + 1])) {
                        emit(out, 'ў', up);
                        i += 2;
                    } else {
                        emit(out, 'о', up);
                        i++;
                    }
                    prevKind = 'v';
                }
                case 's' -> {
                    if (l1 == 'h') {
                        emit(out, 'ш', up);
                        i += 2;
                    } else if (i + 2 < end && Apostrophes.isLookAlike(s[i + 1]) && lowerAt(s, i + 2, end) == 'h') {
                        emit(out, 'с', up); // §17: sʼh is с+ҳ; the sign only separates them.
                        i += 2;
                    } else {
                        emit(out, 'с', up);
                        i++;
                    }
                    prevKind = 'c';
                }
                case 't' -> {
                    if (l1 == 's' && lowerAt(s, i + 2, end) != 'h' && tsIsTse(s, i, end, prevKind)) {
                        emit(out, 'ц', up);
                        i += 2;
                    } else {
                        emit(out, 'т', up);
                        i++;
                    }
                    prevKind = 'c';
                }
                case 'y' -> {
                    i = convertY(s, start, end, i, up, l1, prevKind, out);
                    prevKind = lowerAt(s, i - 1, end) == 'y' ? 'c' : 'v';
                }
                default -> {
                    char cyr = SIMPLE[l];
                    if (cyr == 0) {
                        out.verbatim(c); // w: only in foreign words, which are protected before we get here
                    } else {
                        emit(out, cyr, up);
                    }
                    prevKind = Letters.isLatinVowel(l) ? 'v' : 'c';
                    i++;
                }
            }
        }
    }

    /**
     * ts is ц at the start of a word, before e (litsey, protsent) and before i (natsiya, publitsist);
     * т+с in native forms: the conditional -sa (ketsa), the imperative -sin (aytsin, aytsinlar), -siz
     * (ruxsatsiz) and the adjective suffix -simon, "-like" (daraxtsimon, gʻishtsimon). A guess either way: see
     * {@link LoanShapes}.
     */
    static boolean tsIsTse(char[] s, int i, int end, char prevKind) {
        if (prevKind == 0) {
            return true;
        }
        char l2 = lowerAt(s, i + 2, end);
        if (l2 == 'e') {
            return true;
        }
        if (l2 != 'i') {
            return false;
        }
        char l3 = lowerAt(s, i + 3, end);
        char l4 = lowerAt(s, i + 4, end);
        boolean siz = l3 == 'z';
        boolean sin = l3 == 'n' && (l4 == 0 || l4 == 'l');
        boolean simon = l3 == 'm' && l4 == 'o' && lowerAt(s, i + 5, end) == 'n';
        return !siz && !sin && !simon;
    }

    /** y: й, or with the next vowel е ё ю я; yoʻ is й+ў; ye after a consonant needs ь or ъ. */
    private static int convertY(char[] s, int start, int end, int i, boolean up, char l1, char prevKind, Output out) {
        boolean vowelNext = l1 == 'e' || l1 == 'o' || l1 == 'u' || l1 == 'a';
        boolean yoSign = l1 == 'o' && i + 2 < end && Apostrophes.isLookAlike(s[i + 2]);
        if (!vowelNext || yoSign) {
            emit(out, 'й', up);
            return i + 1;
        }
        if (l1 == 'e' && prevKind == 'c') {
            // Appendix §2–3: ye after a consonant comes from ье or ъе; ъ after the Russian prefixes ob-, sub-,
            // ad-, raz-, s- (obyekt, syezd), ь elsewhere (premyera). A guess: see warnGuesses.
            char before = lowerAt(s, i - 1, end);
            boolean hard = before == 'b' || before == 'd' || before == 'z' || before == 's';
            boolean caps = up && Letters.isUpperCase(s[i + 1]);
            char sign = hard ? 'ъ' : 'ь';
            out.generated(caps ? Letters.upper(sign) : sign);
        }
        char v = l1 == 'e' ? 'е' : l1 == 'o' ? 'ё' : l1 == 'u' ? 'ю' : 'я';
        emit(out, v, up);
        return i + 2;
    }

    private static char kindBefore(char[] s, int start, int from) {
        if (from <= start) {
            return 0;
        }
        char p = s[from - 1];
        if (Apostrophes.isLookAlike(p)) {
            if (from - 2 >= start && isOorG(s[from - 2])) {
                return (s[from - 2] | 0x20) == 'o' ? 'v' : 'c';
            }
            return 't';
        }
        return Letters.isVowel(p) ? 'v' : 'c';
    }

    private static boolean allCapsAround(char[] s, int start, int end, int i) {
        boolean prevUp = i > start && Letters.isUpperCase(s[i - 1]);
        boolean nextUp = i + 1 < end && Letters.isUpperCase(s[i + 1]);
        return prevUp && (nextUp || i + 1 >= end);
    }

    static char lowerAt(char[] s, int i, int end) {
        if (i < 0 || i >= end) {
            return 0;
        }
        char c = s[i];
        return c < 0x80 ? (char) (Letters.isAsciiLetter(c) ? c | 0x20 : c) : c;
    }

    private static void emit(Output out, char cyr, boolean up) {
        out.generated(up ? Letters.upper(cyr) : cyr);
    }

    @Override
    public void warnGuesses(char[] s, int start, int end, Output out) {
        shapes.warn(s, start, end, out);
    }
}
