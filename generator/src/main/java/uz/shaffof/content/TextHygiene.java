package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Rejects characters that have no business in published text: control characters (other than line feed and
 * tab), the bidirectional controls that can make text display differently from what it says ("Trojan Source":
 * embeddings, overrides, isolates and the marks LRM, RLM, ALM), every other invisible format character (Unicode
 * category Cf: zero-width space, soft hyphen, word joiner, tag characters, a byte-order mark inside the text; they
 * hide text, split words that search and the transliterator must see whole, and are invisible to a reviewer), and
 * U+FFFD, the mark of text already damaged by a wrong encoding. JSON and YAML escapes such as {@code \u202E} let
 * these through the parser, so every string is checked, and the problem points at the escape that wrote the
 * character; in Markdown, character references such as {@code &#x202E;} are checked by {@link MarkdownReferences}.
 */
final class TextHygiene {
    private TextHygiene() {}

    /**
     * Checks every key and string value of the tree; {@code source} is the whole file's text, so that a problem
     * points at the character or the escape that wrote it, not only at the start of its string.
     */
    static void check(FileTree tree, String source, Problems problems) {
        checkNode(tree, source, tree.root(), problems);
    }

    private static void checkNode(FileTree tree, String source, JsonNode node, Problems problems) {
        if (node.isTextual()) {
            report(tree, source, node, firstBad(node.textValue()), "", problems);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                report(tree, source, node, firstBad(e.getKey()), "key: ", problems);
                checkNode(tree, source, e.getValue(), problems);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) checkNode(tree, source, item, problems);
        }
    }

    private static void report(FileTree tree, String source, JsonNode node, int bad, String prefix, Problems problems) {
        if (bad < 0) return;
        SourcePos start = tree.pos(node);
        problems.error(EscapeFinder.find(source, start, bad), prefix + describe(bad));
    }

    /** The first bad code point of {@code s}, or -1. */
    private static int firstBad(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isBad(cp)) return cp;
            i += Character.charCount(cp);
        }
        return -1;
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

    /** True for a character published text may not hold, however it is written. */
    static boolean isBad(int cp) {
        if (cp == '\n' || cp == '\t') return false;
        return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || cp == 0xFFFD;
    }

    /** The Unicode Bidi_Control characters: all of them are also format characters (Cf). */
    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069;
    }

    /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
    static String name(int cp) {
        String name = Character.getName(cp);
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        return name == null ? code : code + " " + name;
    }

    static String describe(int cp) {
        String what = name(cp);
        if (cp == 0xFFFD) return "text contains " + what + ": it was damaged by a wrong encoding; restore the original";
        if (cp == 0xFEFF) return "text contains " + what + " (a byte-order mark inside the text); remove it";
        if (Character.isISOControl(cp)) return "text contains the control character " + what + "; remove it";
        return "text contains " + what + why(cp);
    }

    /** Why a character that a reference or an escape stands for is refused: {@code ", which ...; remove it"}. */
    static String why(int cp) {
        if (isBidiControl(cp)) return ", which can make text display differently from what it says; remove it";
        if (Character.isISOControl(cp)) return ", a control character; remove it";
        if (cp == 0xFFFD) return " (what HTML puts for a reference to no character, or the mark of damaged text); "
                + "remove it";
        return ", an invisible formatting character; remove it";
    }
}
