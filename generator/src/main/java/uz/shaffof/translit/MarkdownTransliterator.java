package uz.shaffof.translit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Converts the text of a Markdown document and leaves its machinery alone: fenced and indented code,
 * inline code, link destinations and titles, reference definitions, autolinks, HTML tags and entities,
 * and the keys of YAML front matter. Used by the {@code translit --markdown} command; the generator
 * itself converts parsed text nodes with {@link Transliterator} directly.
 *
 * <pre>{@code new MarkdownTransliterator(Transliterator.standard()).convert(markdown, Script.LATIN).text()}</pre>
 */
public final class MarkdownTransliterator {
    private final Transliterator transliterator;

    public MarkdownTransliterator(Transliterator transliterator) {
        this.transliterator = Objects.requireNonNull(transliterator, "transliterator must not be null");
    }

    /** Warning offsets refer to the NFC-normalised {@code markdown}. */
    public Conversion convert(String markdown, Script target) {
        Objects.requireNonNull(markdown, "markdown must not be null");
        Objects.requireNonNull(target, "target must not be null");
        String text = Transliterator.normalize(markdown);
        boolean[] keep = MarkdownSpans.protectedMask(text);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        List<TranslitWarning> warnings = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean kept = keep[i];
            while (j < text.length() && keep[j] == kept) {
                j++;
            }
            if (kept) {
                out.append(text, i, j);
            } else {
                Conversion c = transliterator.convertWithWarnings(text.substring(i, j), target);
                out.append(c.text());
                for (TranslitWarning w : c.warnings()) {
                    warnings.add(new TranslitWarning(w.offset() + i, w.length(), w.word(), w.reason()));
                }
            }
            i = j;
        }
        return new Conversion(out.toString(), warnings);
    }
}
