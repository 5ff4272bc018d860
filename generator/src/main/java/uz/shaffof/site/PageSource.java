package uz.shaffof.site;

import java.util.Objects;
import uz.shaffof.content.Document;
import uz.shaffof.content.MarkdownBody;
import uz.shaffof.problem.SourcePos;

/**
 * The content a page is made from, so that a problem found in the generated page (a broken link, invalid HTML) can
 * be reported where the editor can fix it: the file and line of the record ({@code content/indicators/x.json:1:1},
 * a region's entry in {@code content/regions.json}) and, for a page made from Markdown, the Markdown body itself
 * (read again from its file only when a problem is traced), in which the problem's text (a link's URL) can be found
 * at its own line.
 *
 * @param pos where the page's record is written
 * @param markdown the Markdown body the page shows, or null
 * @param markdownLine the line of the file where {@code markdown} begins (1-based)
 */
public record PageSource(SourcePos pos, MarkdownBody markdown, int markdownLine) {
    public PageSource {
        Objects.requireNonNull(pos, "pos");
    }

    public static PageSource of(SourcePos pos) {
        return pos == null ? null : new PageSource(pos, null, 0);
    }

    static PageSource document(Document d) {
        return d.pos() == null ? null : new PageSource(d.pos(), d.body(), d.bodyLine());
    }

    /**
     * Where {@code text} is first written in the Markdown body (a link's URL as the editor typed it), or the record's
     * position when there is no body, the text is not in it (the page wrote it, not the editor), or the file has
     * changed since it was loaded.
     */
    public SourcePos find(String text) {
        if (markdown == null || text == null || text.isEmpty()) return pos;
        String body = markdown.textIfUnchanged();
        if (body == null) return pos;
        int at = body.indexOf(text);
        if (at < 0) return pos;
        int line = markdownLine;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePos.of(pos.path(), line, at - lineStart + 1);
    }
}
