package uz.shaffof.content;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parser messages, written for Java programmers ("enable JsonReadFeature.ALLOW_...",
 * "[Source: ...]"), into one line that says what is wrong in the file and what JSON expects instead.
 */
final class JsonErrorMessages {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'.*", Pattern.DOTALL);
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\):?(.*)",
            Pattern.DOTALL);
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.+?)'.*", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object) starting at .*line: (\\d+), column: (\\d+)\\]\\).*",
            Pattern.DOTALL);
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonErrorMessages() {}

    /** A message for a syntax error at {@code loc} in {@code text}. */
    static String syntax(String original, String text, JsonLocation loc) {
        String msg = original == null ? "invalid JSON" : original;
        Matcher m = DUPLICATE.matcher(msg);
        if (m.matches()) return "duplicate key \"" + m.group(1) + "\" in this object: each key may appear only once";
        m = NON_STANDARD.matcher(msg);
        if (m.matches()) {
            return "\"" + m.group(1) + "\" is not a JSON number: write a number, or null where the value is unknown";
        }
        m = CLOSE.matcher(msg);
        if (m.matches()) {
            return "'" + m.group(1) + "' here, but the " + m.group(3).toLowerCase(java.util.Locale.ROOT)
                    + " opened at line " + m.group(4) + ", column " + m.group(5) + " must be closed with '" + m.group(2) + "' first";
        }
        if (msg.startsWith("Trailing token")) {
            return "unexpected content after the end of the JSON value: a content file holds exactly one JSON object";
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON value is complete: a closing '}' or ']' (or a closing quote) is missing";
        }
        m = UNEXPECTED_CHAR.matcher(msg);
        if (m.matches()) return unexpectedChar(m.group(1), clean(m.group(2)), text, loc);
        if (msg.startsWith("Unrecognized token")) {
            return clean(msg) + " (strings need double quotes; literals are true, false and null)";
        }
        if (msg.startsWith("Illegal unquoted character")) {
            return "control character inside a string: write it as an escape such as \\n or \\t";
        }
        return clean(msg);
    }

    private static String unexpectedChar(String ch, String rest, String text, JsonLocation loc) {
        if (ch.equals("/") || ch.equals("#")) return "comments are not allowed in JSON: remove the comment";
        if (ch.equals("'")) return "single quotes are not allowed in JSON: write strings and keys in double quotes (\")";
        if ((ch.equals("}") || ch.equals("]")) && previousNonSpace(text, loc) == ',') {
            return "trailing comma before '" + ch + "': JSON does not allow a comma after the last item";
        }
        return "unexpected character '" + ch + "'" + (rest.isEmpty() ? "" : ": " + rest);
    }

    /** A message for a violated size limit. */
    static String constraint(String original) {
        String msg = original == null ? "" : original;
        Matcher m = LIMIT.matcher(msg);
        String limit = m.find() ? m.group(2) : "?";
        if (msg.startsWith("String value length")) {
            return "string is longer than the limit of " + limit + " characters for content files";
        }
        if (msg.startsWith("Document nesting depth")) {
            return "nested more than " + limit + " levels deep; content files are at most a few levels deep";
        }
        if (msg.startsWith("Number value length")) return "number has more than " + limit + " digits";
        if (msg.startsWith("Name length")) return "key is longer than the limit of " + limit + " characters";
        if (msg.startsWith("Document length")) return "file is longer than the limit of " + limit + " characters";
        if (msg.startsWith("Token count")) return "file has more than " + limit + " JSON tokens";
        return "file exceeds a size limit: " + clean(msg);
    }

    private static char previousNonSpace(String text, JsonLocation loc) {
        if (loc == null || loc.getCharOffset() < 0) return 0;
        for (long i = Math.min(loc.getCharOffset(), text.length()) - 1; i >= 0; i--) {
            char c = text.charAt((int) i);
            if (!Character.isWhitespace(c)) return c;
        }
        return 0;
    }

    /** Drops Jackson's location suffix and the names of Java features, keeping the first line. */
    static String clean(String msg) {
        String s = msg;
        int at = s.indexOf("\n at [Source");
        if (at >= 0) s = s.substring(0, at);
        s = SOURCE_LOCATION.matcher(s).replaceAll("line $1, column $2");
        s = s.replaceAll("\\(?for [^)]*StreamReadConstraints[^)]*\\)?", "")
                .replaceAll("\\s*\\(?(?:enable|not recognized as one since Feature)[^)]*`?[A-Z_]{6,}`?[^)]*\\)?", "")
                .replaceAll("`[A-Za-z0-9_.]+`", "");
        int nl = s.indexOf('\n');
        if (nl >= 0) s = s.substring(0, nl);
        return s.strip();
    }
}
