package uz.shaffof.translit;

import java.util.Set;

/**
 * Tokens that are the same in both editions: URLs, e-mail addresses, domains (my.gov.uz) and, in Latin
 * text, code-like tokens of letters and digits (MP3, 5G). Found by scanning, not by regular expression,
 * so the cost stays linear.
 */
final class ProtectedTokens {
    /** Top-level domains that make {@code word.word} a domain rather than two words and a missing space. */
    private static final Set<String> TLDS = Set.of(
            "uz", "ru", "com", "org", "net", "gov", "edu", "info", "io", "kz", "kg", "tj", "tm", "az", "tr",
            "de", "uk", "us", "eu", "int", "biz", "me", "tv", "app", "dev", "online", "site", "ai", "cn",
            "jp", "kr", "fr", "it", "es", "by", "ua", "am", "ge", "in", "co", "pro", "media", "news");
    private static final String[] SCHEMES = {"https://", "http://", "ftp://", "mailto:", "www."};

    private ProtectedTokens() {}

    /**
     * End of the protected token starting at {@code i} in the text {@code s[0, n)}, or -1. {@code codeTokens} adds
     * letter+digit tokens, which only matter in Latin text (in Cyrillic text Latin letters pass through anyway).
     */
    static int end(char[] s, int n, int i, boolean codeTokens) {
        return isPlainWord(s, n, i) ? -1 : tokenEnd(s, n, i, codeTokens);
    }

    /**
     * Whether the text at {@code i} is ASCII letters followed by a character no token can have there (a space, a
     * comma, a Cyrillic letter): then there is no token, which is the answer for most Latin words, found with one
     * scan over the letters instead of the three of {@link #tokenEnd}.
     */
    static boolean isPlainWord(char[] s, int n, int i) {
        int k = i;
        while (k < n && Letters.isAsciiLetter(s[k])) {
            k++;
        }
        return k > i && (k == n || !mayFollowLetters(s[k]));
    }

    /**
     * Whether the word {@code s[i, wordEnd)} of the text {@code s[0, n)}, which starts with an ASCII letter and holds
     * only letters and the signs inside words, is a plain word ({@link #isPlainWord}), told from the character after
     * it alone: the engine has found the word's end anyway. True means no token starts at {@code i}; false, that
     * {@link #end} must look. (Inside the word the run of ASCII letters can only stop at a character no token has
     * there: another letter or a sign.)
     */
    static boolean endsPlainly(char[] s, int n, int wordEnd) {
        return wordEnd == n || !mayFollowLetters(s[wordEnd]);
    }

    /** {@link #end}, found by trying each kind of token in turn. */
    static int tokenEnd(char[] s, int n, int i, boolean codeTokens) {
        char first = (char) (s[i] | 0x20);
        if (first == 'h' || first == 'f' || first == 'm' || first == 'w') {
            for (String scheme : SCHEMES) {
                if (startsWithIgnoreCase(s, n, i, scheme)) {
                    return urlEnd(s, n, i + scheme.length());
                }
            }
        }
        int j = i;
        boolean dot = false;
        while (j < n) {
            char c = s[j];
            if (!isLocalPartChar(c)) break;
            dot |= c == '.';
            j++;
        }
        if (!dot && (j >= n || s[j] != '@')) {
            return codeTokens ? codeTokenEnd(s, n, i) : -1; // most words: neither e-mail nor domain
        }
        if (j < n && s[j] == '@' && j > i) {
            int d = domainEnd(s, n, j + 1);
            if (d > 0) {
                return d;
            }
        }
        int d = domainEnd(s, n, i);
        if (d > 0) {
            return pathEnd(s, n, d);
        }
        return codeTokens ? codeTokenEnd(s, n, i) : -1;
    }

    /**
     * End of a domain name whose labels mix scripts (Дневник.ru, Электрон-ҳукумат.uz), starting at the letter
     * {@code i}, or -1. It is a name in either edition: converting its Cyrillic label would make a different
     * address, and converting the top-level domain would make none.
     */
    static int mixedScriptDomainEnd(char[] s, int n, int i) {
        int k = i;
        int labels = 0;
        int lastLabelStart = i;
        boolean nonAscii = false;
        while (true) {
            int labelStart = k;
            while (k < n && (Letters.isLetter(s[k]) || Letters.isAsciiDigit(s[k])
                    || s[k] == '-' && k > labelStart && k + 1 < n && Letters.isLetterOrDigit(s[k + 1]))) {
                nonAscii |= s[k] >= 0x80;
                k++;
            }
            if (k == labelStart) {
                return -1;
            }
            labels++;
            lastLabelStart = labelStart;
            if (k + 1 < n && s[k] == '.' && Letters.isLetterOrDigit(s[k + 1])) {
                k++;
                continue;
            }
            break;
        }
        if (labels < 2 || !nonAscii || k < n && Letters.isLetterOrDigit(s[k])) {
            return -1;
        }
        for (int t = lastLabelStart; t < k; t++) {
            if (!Letters.isAsciiLetter(s[t])) {
                return -1;
            }
        }
        String tld = new String(s, lastLabelStart, k - lastLabelStart).toLowerCase(java.util.Locale.ROOT);
        return TLDS.contains(tld) ? pathEnd(s, n, k) : -1;
    }

    /**
     * End of a single capital letter that is part of a document code, joined to a number by a hyphen or a slash
     * (A-12, 12-B, 4/A), starting at {@code i}, or -1. A Cyrillic source keeps such a letter in Latin, and so
     * does every edition: the code is an identifier, not a word.
     */
    static int codeLetterEnd(char[] s, int n, int i) {
        if (!(s[i] >= 'A' && s[i] <= 'Z') || i + 1 < n && Letters.isLetterOrDigit(s[i + 1])
                || i > 0 && Letters.isLetterOrDigit(s[i - 1])) {
            return -1;
        }
        boolean numberAfter = i + 2 < n && (s[i + 1] == '-' || s[i + 1] == '/') && Letters.isAsciiDigit(s[i + 2]);
        boolean numberBefore = i >= 2 && (s[i - 1] == '-' || s[i - 1] == '/') && Letters.isAsciiDigit(s[i - 2]);
        return numberAfter || numberBefore ? i + 1 : -1;
    }

    /**
     * End of the conversion letter of a format directive (%s, %d, %B, %1$s, %-10s) whose letter starts at {@code i}
     * and is the whole word {@code s[i, wordEnd)}, or -1. A directive is code that a program fills in: it is the same
     * in both editions (GNOME's Uzbek catalogues keep %s in their Cyrillic edition). A per cent sign after a figure
     * is a percentage, and a letter after it a suffix (20%li chegirma), so the sign must not follow a digit.
     */
    static int formatDirectiveEnd(char[] s, int i, int wordEnd) {
        if (wordEnd != i + 1 || !Letters.isAsciiLetter(s[i])) {
            return -1;
        }
        int k = i - 1;
        while (k >= 0 && (Letters.isAsciiDigit(s[k]) || s[k] == '$' || s[k] == '-' || s[k] == '.')) {
            k--; // an argument number, flags, a width or a precision: %1$s, %-10s, %.2f
        }
        boolean sign = k >= 0 && s[k] == '%' && !(k > 0 && (Letters.isAsciiDigit(s[k - 1]) || s[k - 1] == '%'));
        return sign ? wordEnd : -1;
    }

    /**
     * End of a file path whose first name starts at {@code i}, right after its slash, or -1: a path from the home
     * directory (~/Desktop) or an absolute path of two names or more (/usr/share/locale). A path names a file, the
     * same in both editions. A slash between words (a/b, km/soat) starts no path.
     */
    static int filePathEnd(char[] s, int n, int i) {
        int slash = i - 1;
        boolean home = slash > 0 && s[slash - 1] == '~' && (slash == 1 || !Letters.isLetterOrDigit(s[slash - 2]));
        boolean root = slash == 0 || Letters.isSpace(s[slash - 1]) || "\"'(«“".indexOf(s[slash - 1]) >= 0;
        if (!home && !root) {
            return -1;
        }
        int k = i;
        int slashes = 0;
        while (k < n && isPathChar(s[k])) {
            slashes += s[k] == '/' ? 1 : 0;
            k++;
        }
        while (k > i && (s[k - 1] == '.' || s[k - 1] == '-')) {
            k--; // a full stop after the path ends the sentence
        }
        return home || slashes > 0 ? k : -1;
    }

    private static boolean isPathChar(char c) {
        return Letters.isAsciiLetter(c) || Letters.isAsciiDigit(c) || c == '/' || c == '.' || c == '_' || c == '-';
    }

    /**
     * End of the name of a markup tag (&lt;b&gt;, &lt;/i&gt;, &lt;small&gt;) that is the word {@code s[i, wordEnd)}
     * of ASCII letters, or -1: the name is code, the same in both editions, while the text between the tags is
     * converted.
     */
    static int tagNameEnd(char[] s, int n, int i, int wordEnd) {
        boolean opens = i > 0 && (s[i - 1] == '<' || s[i - 1] == '/' && i > 1 && s[i - 2] == '<');
        if (!opens || wordEnd >= n || s[wordEnd] != '>') {
            return -1;
        }
        for (int k = i; k < wordEnd; k++) {
            if (!Letters.isAsciiLetter(s[k])) {
                return -1;
            }
        }
        return wordEnd;
    }

    /**
     * Letters and digits run together (DVBT2, MP3, 5G, COVID19); "12ta" (a number and a suffix) is not one. Parts in
     * capitals and digits joined by hyphens are one code when a part mixes letters and digits (DVB-T2, T2-MI);
     * without such a part they are an abbreviation and a number (PQ-4947, ПҚ-4947), which are converted.
     */
    private static int codeTokenEnd(char[] s, int n, int i) {
        int hyphenated = hyphenatedCodeEnd(s, n, i);
        return hyphenated > 0 ? hyphenated : runCodeEnd(s, n, i);
    }

    private static int hyphenatedCodeEnd(char[] s, int n, int i) {
        int k = i;
        int parts = 0;
        boolean mixedPart = false;
        while (true) {
            boolean digit = false;
            boolean letter = false;
            int partStart = k;
            while (k < n && (Letters.isAsciiDigit(s[k]) || Letters.isAsciiLetter(s[k]))) {
                if (s[k] >= 'a') {
                    return -1; // a lower-case letter: a word (5G-tarmoq keeps only 5G)
                }
                digit |= Letters.isAsciiDigit(s[k]);
                letter |= Letters.isAsciiLetter(s[k]);
                k++;
            }
            if (k == partStart) {
                return -1;
            }
            parts++;
            mixedPart |= digit && letter;
            if (k + 1 < n && s[k] == '-' && isAsciiAlnum(s[k + 1])) {
                k++;
                continue;
            }
            break;
        }
        return parts > 1 && mixedPart && !(k < n && Letters.isLetter(s[k])) ? k : -1;
    }

    private static int runCodeEnd(char[] s, int n, int i) {
        int k = i;
        boolean digit = false;
        boolean letter = false;
        boolean lower = false;
        while (k < n) {
            char c = s[k];
            if (Letters.isAsciiDigit(c)) {
                digit = true;
            } else if (Letters.isAsciiLetter(c)) {
                letter = true;
                lower |= c >= 'a';
            } else {
                break;
            }
            k++;
        }
        if (k < n && Letters.isLetter(s[k])) {
            return -1;
        }
        boolean code = digit && letter && (Letters.isAsciiLetter(s[i]) || !lower);
        return code ? k : -1;
    }

    private static boolean isLocalPartChar(char c) {
        return c < 0x80 && LOCAL_PART[c];
    }

    /**
     * Whether {@code c}, after a run of ASCII letters, can make the run part of a token: a scheme needs {@code :}
     * or {@code .} right after its letters, an address or domain more local-part characters or {@code @}, a code
     * token a digit. After any other character the run is a plain word.
     */
    private static boolean mayFollowLetters(char c) {
        return isLocalPartChar(c) || c == '@' || c == ':';
    }

    /**
     * {@link #isLocalPartChar} for ASCII, by character: it is asked of every letter of every Latin word (most words
     * are neither e-mail nor domain). A build runs the engine under C1, where this check was a third of converting
     * Latin text; with this table (and the engine reading {@code String} rather than {@code CharSequence}, which
     * C1 does not inline) the corpus's Latin text went from 49 to 39 ns a character.
     */
    private static final boolean[] LOCAL_PART = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            LOCAL_PART[c] = Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
        }
    }

    /** End of labels.tld starting at {@code i}, or -1. */
    private static int domainEnd(char[] s, int n, int i) {
        int labels = 0;
        int k = i;
        int lastLabelStart = i;
        while (true) {
            int labelStart = k;
            while (k < n && (Letters.isAsciiLetter(s[k]) || Letters.isAsciiDigit(s[k])
                    || (s[k] == '-' && k > labelStart && k + 1 < n && isAsciiAlnum(s[k + 1])))) {
                k++;
            }
            if (k == labelStart) {
                return -1;
            }
            labels++;
            lastLabelStart = labelStart;
            if (k + 1 < n && s[k] == '.' && isAsciiAlnum(s[k + 1])) {
                k++;
                continue;
            }
            break;
        }
        if (labels < 2 || (k < n && (Letters.isLetter(s[k]) || Apostrophes.isLookAlike(s[k])
                && k + 1 < n && Letters.isLetter(s[k + 1])))) {
            return -1;
        }
        String tld = new String(s, lastLabelStart, k - lastLabelStart).toLowerCase(java.util.Locale.ROOT);
        return TLDS.contains(tld) ? k : -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return Letters.isAsciiLetter(c) || Letters.isAsciiDigit(c);
    }

    /** A port and path after a domain: my.gov.uz/uz/service. */
    private static int pathEnd(char[] s, int n, int k) {
        if (k < n && (s[k] == '/' || s[k] == ':' && k + 1 < n && Letters.isAsciiDigit(s[k + 1]))) {
            return urlEnd(s, n, k);
        }
        return k;
    }

    /** A URL runs to white space or a quotation mark; trailing sentence punctuation is not part of it. */
    private static int urlEnd(char[] s, int n, int k) {
        int open = 0;
        while (k < n) {
            char c = s[k];
            if (Letters.isSpace(c) || c == '<' || c == '>' || c == '"' || c == '«' || c == '»' || c == '“' || c == '”') {
                break;
            }
            if (c == '}' && k + 1 < n && s[k + 1] == '-') {
                break;
            }
            if (c == '(') {
                open++;
            }
            k++;
        }
        while (k > 0) {
            char c = s[k - 1];
            if (c == ')' && open > 0) {
                break;
            }
            if (".,;:!?)]}'’`".indexOf(c) < 0) {
                break;
            }
            k--;
        }
        return k;
    }

    private static boolean startsWithIgnoreCase(char[] s, int n, int i, String prefix) {
        if (i + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = s[i + k];
            char p = prefix.charAt(k);
            if (c != p && (c | 0x20) != p) {
                return false;
            }
        }
        return true;
    }
}
