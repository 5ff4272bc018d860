package uz.shaffof.translit;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Converts a text of any length with bounded memory, to the same result as converting it whole
 * ({@link Transliterator#convertWithWarnings}, or {@link MarkdownTransliterator#convert} for Markdown).
 *
 * <p>Two passes, because some of what the engine decides depends on the whole text (or, in Markdown, on a whole run
 * of prose between code and links): which script most of its letters are in, and whether it has a marker
 * ({@link TextFacts}). {@link #read} reads the text once, normalises it (NFC), cuts it into pieces at places where
 * nothing the engine reads crosses ({@link StreamCuts}) and keeps the pieces and facts in a {@link Spool};
 * {@link #write} converts the pieces in order with those facts. A stretch of more than {@code limit} characters
 * with no such place (a line of that length without white space; in Markdown, text without a blank line outside
 * code fences) is refused: {@link NoPlaceToCutException}.
 *
 * <pre>{@code
 * TextStream stream = new TextStream(transliterator, Script.LATIN, false);
 * try (Spool spool = new Spool(tmp, 1 << 20)) {
 *     stream.read(reader, spool);
 *     stream.write(spool, writer, (line, column, w) -> ...);
 * }
 * }</pre>
 */
public final class TextStream {
    /** Pieces are about this many characters. */
    public static final int PIECE = 1 << 16;
    /** The longest stretch with no place to cut. */
    public static final int LIMIT = 1 << 20;

    private final TextConverter converter;
    private final boolean markdown;
    private final int pieceSize;
    private final int limit;

    /** Where a warning is: 1-based line and column (UTF-16 units) in the NFC-normalised text. */
    public interface WarningSink {
        void warning(long line, long column, TranslitWarning warning) throws IOException;
    }

    /** More than {@code limit} characters from {@code line:column} on, with no place to cut them. */
    public static final class NoPlaceToCutException extends Exception {
        private final long line;
        private final long column;
        private final int limit;

        NoPlaceToCutException(long line, long column, int limit) {
            super(line + ":" + column + ": more than " + limit + " characters with no place to split them");
            this.line = line;
            this.column = column;
            this.limit = limit;
        }

        public long line() {
            return line;
        }

        public long column() {
            return column;
        }

        public int limit() {
            return limit;
        }
    }

    public TextStream(Transliterator transliterator, Script target, boolean markdown) {
        this(transliterator, target, markdown, PIECE, LIMIT);
    }

    /** {@code pieceSize} and {@code limit} in characters; small ones let tests cut often. */
    public TextStream(Transliterator transliterator, Script target, boolean markdown, int pieceSize, int limit) {
        this.converter = Objects.requireNonNull(transliterator, "transliterator").converter(target);
        this.markdown = markdown;
        this.pieceSize = pieceSize;
        this.limit = limit;
    }

    /** First pass: reads all of {@code in} into {@code spool}. Nothing is converted yet. */
    public void read(Reader in, Spool spool) throws IOException, NoPlaceToCutException {
        FactsOfRuns facts = new FactsOfRuns(spool);
        Pieces text = new Pieces((s, len, first) -> markdown ? StreamCuts.markdown(s, len, first, converter)
                : StreamCuts.plain(s, len, converter), pieceSize, limit, piece -> {
                    spool.writePiece(piece);
                    facts.add(piece);
                });
        Pieces raw = new Pieces((s, len, first) -> StreamCuts.nfc(s, len), pieceSize, limit,
                piece -> text.append(Nfc.normalize(piece)));
        char[] chars = new char[8192];
        for (int n = in.read(chars); n >= 0; n = in.read(chars)) {
            raw.append(chars, 0, n);
        }
        raw.finish();
        text.finish();
        facts.finish();
        spool.finishWriting();
    }

    /** Second pass: converts the pieces in {@code spool} to {@code out}, warnings to {@code warnings}. */
    public void write(Spool spool, Appendable out, WarningSink warnings) throws IOException {
        TextPosition at = new TextPosition();
        TextFacts facts = null;
        boolean proseAtEnd = false;
        for (String piece = spool.readPiece(); piece != null; piece = spool.readPiece()) {
            if (!markdown) {
                facts = facts == null ? spool.readFacts() : facts;
                writeProse(piece, 0, piece.length(), facts, out, warnings, at);
                continue;
            }
            boolean[] keep = MarkdownSpans.protectedMask(piece);
            int i = 0;
            while (i < piece.length()) {
                int j = i;
                boolean kept = keep[i];
                while (j < piece.length() && keep[j] == kept) {
                    j++;
                }
                if (kept) {
                    out.append(piece, i, j);
                    at.advance(piece, i, j);
                } else {
                    // A run of prose that goes on from the last piece keeps that piece's facts.
                    facts = i == 0 && proseAtEnd ? facts : spool.readFacts();
                    writeProse(piece, i, j, facts, out, warnings, at);
                }
                i = j;
            }
            proseAtEnd = !piece.isEmpty() && !keep[piece.length() - 1];
        }
    }

    private void writeProse(String piece, int from, int to, TextFacts facts, Appendable out, WarningSink warnings,
                            TextPosition at) throws IOException {
        String part = piece.substring(from, to);
        Conversion c = converter.convertPart(part, facts);
        out.append(c.text());
        int done = 0;
        for (TranslitWarning w : c.warnings()) {
            at.advance(part, done, w.offset());
            done = w.offset();
            warnings.warning(at.line(), at.column(), w);
        }
        at.advance(part, done, part.length());
    }

    /** Adds up the facts of each run of prose (the whole text, unless Markdown) and spools them as runs end. */
    private final class FactsOfRuns {
        private final Spool spool;
        private TextFacts.Counter run;

        FactsOfRuns(Spool spool) {
            this.spool = spool;
        }

        void add(String piece) throws IOException {
            if (!markdown) {
                run = run == null ? new TextFacts.Counter() : run;
                run.add(piece, 0, piece.length());
                return;
            }
            boolean[] keep = MarkdownSpans.protectedMask(piece);
            int i = 0;
            while (i < piece.length()) {
                int j = i;
                boolean kept = keep[i];
                while (j < piece.length() && keep[j] == kept) {
                    j++;
                }
                if (kept) {
                    finish();
                } else {
                    if (i > 0) {
                        finish();
                    }
                    run = run == null ? new TextFacts.Counter() : run;
                    run.add(piece, i, j);
                }
                i = j;
            }
        }

        void finish() throws IOException {
            if (run != null) {
                spool.writeFacts(run.facts());
                run = null;
            }
        }
    }
}
