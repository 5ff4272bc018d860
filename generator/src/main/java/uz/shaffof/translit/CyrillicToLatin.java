package uz.shaffof.translit;

/**
 * Cyrillic to Latin letter rules of VM 339 (24.08.1995) and its appendix. Each rule reads at most one
 * letter on either side, so a word is converted in one pass.
 */
final class CyrillicToLatin implements WordRules {
    private final String oSign;
    private final String gSign;
    private final String sh;
    private final String ch;

    CyrillicToLatin(Orthography orthography) {
        this.oSign = orthography.oWithSign();
        this.gSign = orthography.gWithSign();
        this.sh = orthography.sh();
        this.ch = orthography.ch();
    }

    @Override
    public Script source() {
        return Script.CYRILLIC;
    }

    @Override
    public int wordEnd(char[] s, int n, int start) {
        int i = start;
        while (i < n && Letters.isLetter(s[i])) {
            i++;
        }
        return i;
    }

    @Override
    public boolean hasSourceLetters(char[] s, int start, int end) {
        if (Letters.isCyrillic(s[start])) {
            return true; // the common case, decided without a second pass over the word
        }
        for (int i = start + 1; i < end; i++) {
            if (Letters.isCyrillic(s[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isProtectedWord(char[] s, int n, int start, int end) {
        return false; // Latin words in Cyrillic text pass through letter by letter anyway.
    }

    @Override
    public void warnGuesses(char[] s, int start, int end, Output out) {
        // Cyrillic-authored text is converted by rule; its guesses (ё/ю/я in loans) are not gated.
    }

    /** Lower-case Cyrillic letters written with one Latin letter, indexed by {@code c - 0x400}; 0 for the rest. */
    private static final char[] SINGLE = new char[0x100];

    static {
        String from = "абвгджзийклмнопртуфхыэқҳіөүұґәһ";
        String to = "abvgdjziyklmnoprtufxieqhiouugah";
        if (from.length() != to.length()) {
            throw new AssertionError("letter table");
        }
        for (int k = 0; k < from.length(); k++) {
            SINGLE[from.charAt(k) - 0x400] = to.charAt(k);
        }
    }

    @Override
    public void convert(char[] s, int start, int end, int from, Output out) {
        char prev = from > start ? Letters.lower(s[from - 1]) : 0;
        char c = s[from];
        for (int i = from; i < end; i++) {
            char raw = c;
            char next = 0;
            if (i + 1 < end) {
                c = s[i + 1];
                next = Letters.lower(c);
            }
            char l = Letters.lower(raw);
            char single = Letters.isCyrillic(raw) ? SINGLE[l - 0x400] : 0;
            if (single != 0) {
                out.letter(raw != l ? Letters.upper(single) : single);
            } else if (Letters.isCyrillic(raw)) {
                special(s, start, end, i, l, raw != l, prev, next, out);
            } else {
                out.verbatim(raw); // a Latin letter inside a Cyrillic word passes through
            }
            prev = l;
        }
    }

    /** The letters whose spelling depends on their neighbours or takes several Latin characters. */
    private void special(char[] s, int start, int end, int i, char l, boolean up, char prev, char next, Output out) {
        switch (l) {
            case 'е' -> {
                // §6: ye at the start of a word, after a vowel and after ъ/ь; e after a consonant.
                if (prev == 0 || Letters.isVowel(prev) || prev == 'ъ' || prev == 'ь') {
                    cased(out, "ye", up, s, i, start, end);
                } else {
                    one(out, 'e', up);
                }
            }
            case 'ё' -> cased(out, "yo", up, s, i, start, end); // o in some loans (стажёр): dictionary
            case 'с' -> {
                one(out, 's', up);
                if (next == 'ҳ') {
                    out.generated(Apostrophes.APOSTROPHE); // §17: сҳ is sʼh, so that it is not read as sh.
                }
            }
            case 'ц' -> {
                // Appendix §4: ts after a vowel inside the word (лицей, конституция, боцман); s at
                // the start, after a consonant and at the end (цирк, акция, абзац). After a prefix
                // (антициклон) and at the end of a stem before a suffix (абзацда): dictionary.
                if (Letters.isVowel(prev) && next != 0) {
                    cased(out, "ts", up, s, i, start, end);
                } else {
                    one(out, 's', up);
                }
            }
            case 'ч' -> cased(out, ch, up, s, i, start, end);
            case 'ш', 'щ' -> cased(out, sh, up, s, i, start, end);
            case 'ъ' -> {
                // §32: no tutuq after ў (мўъжиза→moʻjiza); appendix §3: Russian ъ before е/ё/ю/я
                // after a consonant is dropped (объект→obyekt); otherwise the tutuq (маъно→maʼno).
                boolean afterU = prev == 'ў';
                boolean russian = isConsonant(prev) && (next == 'е' || next == 'ё' || next == 'ю' || next == 'я');
                if (!afterU && !russian) {
                    out.generated(Apostrophes.APOSTROPHE);
                }
            }
            case 'ь' -> {
                // Appendix §2: dropped, but y before о and и (павильон, Ильин).
                if (next == 'о' || next == 'и') {
                    one(out, 'y', up);
                }
            }
            case 'є' -> cased(out, "ye", up, s, i, start, end);
            case 'ю' -> cased(out, "yu", up, s, i, start, end); // u in some loans (бюджет): dictionary
            case 'я' -> cased(out, "ya", up, s, i, start, end);
            case 'ў' -> cased(out, oSign, up, s, i, start, end);
            case 'ғ' -> cased(out, gSign, up, s, i, start, end);
            case 'ї' -> cased(out, "yi", up, s, i, start, end);
            case 'ң' -> cased(out, "ng", up, s, i, start, end);
            default -> out.verbatim(s[i]);
        }
    }

    private static boolean isConsonant(char lower) {
        return lower != 0 && Letters.isCyrillic(lower) && !Letters.isCyrillicVowel(lower) && lower != 'ъ' && lower != 'ь';
    }

    private static void one(Output out, char latin, boolean up) {
        out.generated(up ? Letters.upper(latin) : latin);
    }

    /**
     * A letter written with two or more Latin characters. Lower case stays lower; an upper-case source is
     * ALL CAPS when the next letter is upper case, or at the end of an upper-case word (ШАҲАР→SHAHAR,
     * АҚШ→AQSH), and Title case otherwise (Шаҳар→Shahar, Ш.→Sh.). The sign of oʻ/gʻ has no case.
     */
    private static void cased(Output out, String lower, boolean up, char[] s, int i, int start, int end) {
        if (!up) {
            out.generated(lower);
            return;
        }
        boolean caps;
        if (i + 1 < end && Letters.isLetter(s[i + 1])) {
            caps = Letters.isUpperCase(s[i + 1]);
        } else {
            caps = i > start && Letters.isUpperCase(s[i - 1]);
        }
        out.generated(Letters.upper(lower.charAt(0)));
        for (int k = 1; k < lower.length(); k++) {
            char c = lower.charAt(k);
            out.generated(caps ? Letters.upper(c) : c);
        }
    }
}
