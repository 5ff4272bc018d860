package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Rejects characters that have no business in published text: control characters (other than line feed and
 * tab), the bidirectional overrides and isolates that can make text display differently from what it says
 * ("Trojan Source"), a byte-order mark inside the text, and U+FFFD, the mark of text already damaged by a wrong
 * encoding. JSON escapes such as {@code \u0007} let these through the parser, so every string is checked.
 */
final class TextHygiene {
    private TextHygiene() {}

    /** Checks every key and string value of the tree. */
    static void check(FileTree tree, Problems problems) {
        checkNode(tree, tree.root(), problems);
    }

    private static void checkNode(FileTree tree, JsonNode node, Problems problems) {
        if (node.isTextual()) {
            String why = whyBad(node.textValue());
            if (why != null) problems.error(tree.pos(node), why);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String why = whyBad(e.getKey());
                if (why != null) problems.error(tree.pos(node), "key: " + why);
                checkNode(tree, e.getValue(), problems);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) checkNode(tree, item, problems);
        }
    }

    /** Checks Markdown text line by line; {@code firstLine} is the file line of the text's first line. */
    static void checkText(String path, String text, int firstLine, Problems problems) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                lineStart = i + 1;
            } else if (isBad(cp)) {
                problems.error(SourcePos.of(path, line, text.codePointCount(lineStart, i) + 1), describe(cp));
            }
            i += Character.charCount(cp);
        }
    }

    /** Null when {@code s} is clean, else what is wrong with its first bad character. */
    static String whyBad(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isBad(cp)) return describe(cp);
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean isBad(int cp) {
        if (cp == '\n' || cp == '\t') return false;
        return Character.isISOControl(cp)
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069
                || cp == 0xFEFF
                || cp == 0xFFFD;
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        String what = name == null ? code : code + " " + name;
        if (cp == 0xFFFD) return "text contains " + what + ": it was damaged by a wrong encoding; restore the original";
        if (cp == 0xFEFF) return "text contains " + what + " (a byte-order mark inside the text); remove it";
        if (Character.isISOControl(cp)) return "text contains the control character " + what + "; remove it";
        return "text contains " + what + ", which can make text display differently from what it says; remove it";
    }
}
