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
     * End of the protected token starting at {@code i}, or -1. {@code codeTokens} adds letter+digit tokens,
     * which only matter in Latin text (in Cyrillic text Latin letters pass through anyway).
     */
    static int end(String s, int i, boolean codeTokens) {
        char first = (char) (s.charAt(i) | 0x20);
        if (first == 'h' || first == 'f' || first == 'm' || first == 'w') {
            for (String scheme : SCHEMES) {
                if (startsWithIgnoreCase(s, i, scheme)) {
                    return urlEnd(s, i + scheme.length());
                }
            }
        }
        int n = s.length();
        int j = i;
        boolean dot = false;
        while (j < n) {
            char c = s.charAt(j);
            if (!isLocalPartChar(c)) break;
            dot |= c == '.';
            j++;
        }
        if (!dot && (j >= n || s.charAt(j) != '@')) {
            return codeTokens ? codeTokenEnd(s, i) : -1; // most words: neither e-mail nor domain
        }
        if (j < n && s.charAt(j) == '@' && j > i) {
            int d = domainEnd(s, j + 1);
            if (d > 0) {
                return d;
            }
        }
        int d = domainEnd(s, i);
        if (d > 0) {
            return pathEnd(s, d);
        }
        return codeTokens ? codeTokenEnd(s, i) : -1;
    }

    /** Letters and digits run together (DVBT2, MP3, 5G, COVID19); "12ta" (a number and a suffix) is not one. */
    private static int codeTokenEnd(String s, int i) {
        int n = s.length();
        int k = i;
        boolean digit = false;
        boolean letter = false;
        boolean lower = false;
        while (k < n) {
            char c = s.charAt(k);
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
        if (k < n && Letters.isLetter(s.charAt(k))) {
            return -1;
        }
        boolean code = digit && letter && (Letters.isAsciiLetter(s.charAt(i)) || !lower);
        return code ? k : -1;
    }

    private static boolean isLocalPartChar(char c) {
        return c < 0x80 && LOCAL_PART[c];
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
    private static int domainEnd(String s, int i) {
        int n = s.length();
        int labels = 0;
        int k = i;
        int lastLabelStart = i;
        while (true) {
            int labelStart = k;
            while (k < n && (Letters.isAsciiLetter(s.charAt(k)) || Letters.isAsciiDigit(s.charAt(k))
                    || (s.charAt(k) == '-' && k > labelStart && k + 1 < n && isAsciiAlnum(s.charAt(k + 1))))) {
                k++;
            }
            if (k == labelStart) {
                return -1;
            }
            labels++;
            lastLabelStart = labelStart;
            if (k + 1 < n && s.charAt(k) == '.' && isAsciiAlnum(s.charAt(k + 1))) {
                k++;
                continue;
            }
            break;
        }
        if (labels < 2 || (k < n && (Letters.isLetter(s.charAt(k)) || Apostrophes.isLookAlike(s.charAt(k))
                && k + 1 < n && Letters.isLetter(s.charAt(k + 1))))) {
            return -1;
        }
        String tld = s.subSequence(lastLabelStart, k).toString().toLowerCase(java.util.Locale.ROOT);
        return TLDS.contains(tld) ? k : -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return Letters.isAsciiLetter(c) || Letters.isAsciiDigit(c);
    }

    /** A port and path after a domain: my.gov.uz/uz/service. */
    private static int pathEnd(String s, int k) {
        if (k < s.length() && (s.charAt(k) == '/' || s.charAt(k) == ':' && k + 1 < s.length()
                && Letters.isAsciiDigit(s.charAt(k + 1)))) {
            return urlEnd(s, k);
        }
        return k;
    }

    /** A URL runs to white space or a quotation mark; trailing sentence punctuation is not part of it. */
    private static int urlEnd(String s, int k) {
        int n = s.length();
        int open = 0;
        while (k < n) {
            char c = s.charAt(k);
            if (Letters.isSpace(c) || c == '<' || c == '>' || c == '"' || c == '«' || c == '»' || c == '“' || c == '”') {
                break;
            }
            if (c == '}' && k + 1 < n && s.charAt(k + 1) == '-') {
                break;
            }
            if (c == '(') {
                open++;
            }
            k++;
        }
        while (k > 0) {
            char c = s.charAt(k - 1);
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

    private static boolean startsWithIgnoreCase(String s, int i, String prefix) {
        if (i + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = s.charAt(i + k);
            char p = prefix.charAt(k);
            if (c != p && (c | 0x20) != p) {
                return false;
            }
        }
        return true;
    }
}
