package uz.shaffof.content;

import java.time.LocalDate;
import java.util.List;
import uz.shaffof.problem.SourcePos;

/**
 * A Markdown document with YAML front matter: a report ({@code content/reports/}) or a page
 * ({@code content/pages/}). {@code body} is the Markdown after the front matter (read again from the file when
 * asked for: see {@link MarkdownBody}); {@code bodyLine} is the 1-based line in the file where it starts, so Markdown positions map back to the file. {@code dateIs} says whether the
 * source states {@code date} or the editor took the earliest date the text allows.
 */
public record Document(DocumentKind kind, String slug, Text title, Text summary, LocalDate date, DateCertainty dateIs,
                       String region,
                       String sourceId, int order, List<Correction> corrections, MarkdownBody body, int bodyLine,
                       SourcePos pos) {
    public Document {
        corrections = List.copyOf(corrections);
        if (dateIs == null) dateIs = DateCertainty.EXACT;
    }
}
