package uz.shaffof.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the URLs a stylesheet makes the browser fetch: {@code url(…)} (quoted or not) and {@code @import "…"}.
 * Comments and other strings are skipped, and CSS escapes are decoded, so {@code ht\74ps://} is seen as
 * {@code https://}. One pass over the text.
 */
final class CssUrls {
    /** One URL in a stylesheet, where its {@code url(} or {@code @import} starts (1-based). */
    record Ref(String url, String syntax, int line, int column) {
        /** How the reference reads in a message: {@code url(x)} or {@code @import "x"}. */
        String display() {
            return syntax.equals("@import") ? "@import \"" + url + "\"" : "url(" + url + ")";
        }
    }

    private final String css;
    private final List<Ref> refs = new ArrayList<>();
    private int i;
    private int line = 1;
    private int lineStart;

    private CssUrls(String css) {
        this.css = css;
    }

    static List<Ref> find(String css) {
        CssUrls scanner = new CssUrls(css);
        scanner.scan();
        return scanner.refs;
    }

    private void scan() {
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && at("/*")) {
                skipComment();
            } else if (c == '"' || c == '\'') {
                readString();
            } else if ((c == 'u' || c == 'U') && at("url(") && !identifierBefore()) {
                int l = line;
                int col = column();
                advance(4);
                refs.add(new Ref(readUrlBody(), "url()", l, col));
            } else if (c == '@' && at("@import")) {
                int l = line;
                int col = column();
                advance(7);
                skipWhitespaceAndComments();
                if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
                    refs.add(new Ref(readString(), "@import", l, col));
                } // @import url(…) is found by the url( branch on the next turn
            } else {
                advance(1);
            }
        }
    }

    private boolean at(String word) {
        return css.regionMatches(true, i, word, 0, word.length());
    }

    private boolean identifierBefore() {
        if (i == 0) return false;
        char p = css.charAt(i - 1);
        return Character.isLetterOrDigit(p) || p == '-' || p == '_' || p == '\\';
    }

    private int column() {
        return i - lineStart + 1;
    }

    private void advance(int n) {
        for (int k = 0; k < n && i < css.length(); k++) {
            if (css.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
            i++;
        }
    }

    private void skipComment() {
        advance(2);
        while (i < css.length() && !at("*/")) advance(1);
        advance(2);
    }

    private void skipWhitespaceAndComments() {
        while (i < css.length()) {
            if (Character.isWhitespace(css.charAt(i))) advance(1);
            else if (at("/*")) skipComment();
            else return;
        }
    }

    /** Reads a quoted string starting at the quote; returns its decoded value. */
    private String readString() {
        char quote = css.charAt(i);
        advance(1);
        StringBuilder sb = new StringBuilder();
        while (i < css.length() && css.charAt(i) != quote && css.charAt(i) != '\n') {
            if (css.charAt(i) == '\\') readEscape(sb);
            else {
                sb.append(css.charAt(i));
                advance(1);
            }
        }
        advance(1);
        return sb.toString();
    }

    /** Reads what follows {@code url(}: a quoted string or a bare URL, up to the closing parenthesis. */
    private String readUrlBody() {
        skipWhitespaceAndComments();
        String url;
        if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            url = readString();
        } else {
            StringBuilder sb = new StringBuilder();
            while (i < css.length() && css.charAt(i) != ')' && !Character.isWhitespace(css.charAt(i))) {
                if (css.charAt(i) == '\\') readEscape(sb);
                else {
                    sb.append(css.charAt(i));
                    advance(1);
                }
            }
            url = sb.toString();
        }
        while (i < css.length() && css.charAt(i) != ')') advance(1);
        advance(1);
        return url;
    }

    /** Decodes one CSS escape at the backslash: up to six hex digits (and one following space), or a character. */
    private void readEscape(StringBuilder sb) {
        advance(1);
        if (i >= css.length()) return;
        int start = i;
        while (i < css.length() && i - start < 6 && Character.digit(css.charAt(i), 16) >= 0) advance(1);
        if (i > start) {
            int cp = Integer.parseInt(css.substring(start, i), 16);
            boolean invalid = cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF);
            sb.appendCodePoint(invalid ? 0xFFFD : cp); // as CSS Syntax does
            if (i < css.length() && Character.isWhitespace(css.charAt(i))) advance(1);
        } else if (css.charAt(i) == '\n') {
            advance(1); // an escaped newline continues the string
        } else {
            sb.append(css.charAt(i));
            advance(1);
        }
    }
}
