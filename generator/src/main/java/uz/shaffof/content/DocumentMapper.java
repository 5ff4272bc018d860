package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.problem.Problems;

/**
 * Maps a Markdown report or page (its front matter tree and body) to a {@link Document}. The body is kept as
 * written but for NFC; each correction's {@code corrected} text must appear in the body, so the list of corrections
 * cannot drift from the text it describes. The document keeps {@code kept}, not the body's text.
 */
final class DocumentMapper {
    private DocumentMapper() {}

    static Document map(DocumentKind kind, FileTree tree, String slug, SplitDocument doc, MarkdownBody kept,
                        Problems problems) {
        JsonNode r = tree.root();
        String body = Fields.nfc(doc.body());
        if (body.isBlank()) {
            problems.error(tree.pos(r), "the document has no text after its front matter");
        }
        List<Correction> corrections = new ArrayList<>();
        int n = 0;
        for (JsonNode c : Fields.array(r, "corrections")) {
            n++;
            Correction corr = new Correction(Fields.string(c, "original"), Fields.string(c, "corrected"),
                    Fields.string(c, "reason"));
            checkCorrection(tree, c, n, corr, body, problems);
            corrections.add(corr);
        }
        return new Document(kind, slug, Fields.text(r, "title"), Fields.text(r, "summary"),
                Fields.date(tree, r, "date", problems),
                Fields.enumValue(r, "dateIs", DateCertainty.class, DateCertainty.EXACT), Fields.string(r, "region"),
                Fields.string(r, "source"), Fields.integer(r, "order", 0), corrections, kept, doc.bodyLine(), tree.pos(r));
    }

    private static void checkCorrection(FileTree tree, JsonNode node, int n, Correction c, String body,
                                        Problems problems) {
        if (c.original() != null && c.original().equals(c.corrected())) {
            problems.error(tree.pos(node), "correction " + n + ": original and corrected text are the same");
        }
        if (c.corrected() != null && !c.corrected().isEmpty() && !body.contains(c.corrected())) {
            problems.error(tree.pos(node, "corrected"), "correction " + n + ": the corrected text \"" + c.corrected()
                    + "\" does not appear in the document; the list of corrections must describe the text as published");
        }
    }
}
