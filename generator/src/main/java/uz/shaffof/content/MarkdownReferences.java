package uz.shaffof.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.nodes.Entities;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Refuses HTML character references in Markdown that stand for a character text may not hold
 * ({@link TextHygiene}): {@code &#x202E;} is refused raw, and CommonMark turns the reference into the very same
 * character in both editions. Decimal ({@code &#8238;}), hexadecimal ({@code &#x202e;}) and named
 * ({@code &rlm;}, {@code &ZeroWidthSpace;}) references are decoded as CommonMark decodes them (a reference to no
 * character, such as {@code &#0;}, is U+FFFD). A reference that Markdown shows as written (in a code span or
 * code block, in raw HTML, which the site shows as text, or after a backslash) is left alone. Each problem points
 * at the {@code &} of the reference.
 *
 * <pre><code>// body = "x " + "&amp;" + "#x202E; y", the body's first line being line 7 of the file:
 * MarkdownReferences.check("content/pages/a.md", body, 7, problems);  // content/pages/a.md:7:3: the character ...</code></pre>
 */
final class MarkdownReferences {
    /** CommonMark's entity and numeric character references (spec 0.31, section 2.5). */
    private static final Pattern REFERENCE = Pattern.compile(
            "&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));");
    /** The site's Markdown dialect, as the renderer parses it, with where each node was written. */
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownReferences() {}

    private record Found(int offset, int line, int column, String reference, int codePoint) {}

    /** Checks {@code body}, whose first line is line {@code firstLine} of the file at {@code path}. */
    static void check(String path, String body, int firstLine, Problems problems) {
        if (body.indexOf('&') < 0) return;
        List<Found> found = candidates(body);
        if (found.isEmpty()) return;
        List<SourceSpan> literal = literalSpans(body);
        for (Found f : found) {
            if (escaped(body, f.offset()) || inside(literal, f)) continue;
            int column = body.codePointCount(f.offset() - f.column(), f.offset()) + 1;
            problems.error(SourcePos.of(path, firstLine + f.line(), column), "the character reference " + f.reference()
                    + " stands for " + TextHygiene.name(f.codePoint()) + TextHygiene.why(f.codePoint()));
        }
    }

    /** Every reference in the text that decodes to a refused character, with its line (from 0) and column (chars). */
    private static List<Found> candidates(String body) {
        List<Found> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(body);
        while (m.find()) {
            int bad = firstBad(decode(m));
            if (bad < 0) continue;
            int lineStart = body.lastIndexOf('\n', m.start()) + 1;
            int line = (int) body.substring(0, lineStart).chars().filter(c -> c == '\n').count();
            out.add(new Found(m.start(), line, m.start() - lineStart, m.group(), bad));
        }
        return out;
    }

    /** What CommonMark makes of the reference; empty when a name is no HTML entity (then it is plain text). */
    private static String decode(Matcher m) {
        if (m.group(3) != null) return Entities.getByName(m.group(3));
        long cp = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2), m.group(1) != null ? 16 : 10);
        if (cp == 0 || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) return "\uFFFD";
        return Character.toString((int) cp);
    }

    private static int firstBad(String s) {
        return s.codePoints().filter(TextHygiene::isBad).findFirst().orElse(-1);
    }

    /** True when the {@code &} at {@code offset} follows an odd number of backslashes: Markdown shows it as is. */
    private static boolean escaped(String body, int offset) {
        int n = 0;
        for (int i = offset - 1; i >= 0 && body.charAt(i) == '\\'; i--) n++;
        return n % 2 == 1;
    }

    /** Where the text is shown as written: code spans and blocks, and raw HTML (which the renderer escapes). */
    private static List<SourceSpan> literalSpans(String body) {
        List<SourceSpan> spans = new ArrayList<>();
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                spans.addAll(code.getSourceSpans());
            }

            @Override
            public void visit(FencedCodeBlock block) {
                spans.addAll(block.getSourceSpans());
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                spans.addAll(block.getSourceSpans());
            }

            @Override
            public void visit(HtmlInline html) {
                spans.addAll(html.getSourceSpans());
            }

            @Override
            public void visit(HtmlBlock html) {
                spans.addAll(html.getSourceSpans());
            }
        });
        return spans;
    }

    private static boolean inside(List<SourceSpan> spans, Found f) {
        for (SourceSpan s : spans) {
            if (s.getLineIndex() == f.line() && f.column() >= s.getColumnIndex()
                    && f.column() < s.getColumnIndex() + s.getLength()) {
                return true;
            }
        }
        return false;
    }
}
