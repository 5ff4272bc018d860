package uz.shaffof.content;

import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Splits a Markdown document into its YAML front matter and its body. The document must start with a line
 * {@code ---}; the front matter ends at the next line {@code ---}. Both lines may carry trailing spaces; nothing
 * else may stand on them. Line endings are already LF ({@link SourceDecoder}).
 */
final class FrontMatterSplitter {
    private FrontMatterSplitter() {}

    /** The parts of {@code text}, or null after reporting why the front matter is unusable. */
    static SplitDocument split(String path, String text, Problems problems) {
        if (!isFence(lineAt(text, 0))) {
            problems.error(SourcePos.file(path), "expected front matter: the file must start with a line '---', then "
                    + "the fields (title, summary, ...), then a closing line '---'");
            return null;
        }
        int yamlStart = text.indexOf('\n') + 1;
        if (yamlStart == 0) yamlStart = text.length();
        int line = 2;
        for (int start = yamlStart; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            String current = end < 0 ? text.substring(start) : text.substring(start, end);
            if (isFence(current)) {
                String yaml = text.substring(yamlStart, start);
                String body = end < 0 ? "" : text.substring(end + 1);
                if (yaml.isBlank()) {
                    problems.error(SourcePos.file(path), "front matter is empty: put the fields (title, summary, ...) "
                            + "between the two '---' lines");
                    return null;
                }
                return new SplitDocument(yaml, 2, body, line + 1);
            }
            if (end < 0) break;
            start = end + 1;
        }
        problems.error(SourcePos.file(path), "front matter opened on line 1 is never closed: add a line '---' after "
                + "the last field");
        return null;
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
