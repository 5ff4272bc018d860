package uz.shaffof.translit;

import java.io.IOException;
import java.util.Arrays;

/**
 * Collects text as it is read and hands it on in pieces, each cut at a place a {@link Cut} allows: the buffer holds
 * at most {@code limit} characters (plus one read), whatever the length of the text.
 */
final class Pieces {
    /** The last place {@code s[0, len)} may be cut, or -1; {@code first}: {@code s} starts the text. */
    interface Cut {
        int last(char[] s, int len, boolean first);
    }

    interface Sink {
        void accept(String piece) throws IOException, TextStream.NoPlaceToCutException;
    }

    private final Cut cut;
    private final int size;
    private final int limit;
    private final Sink sink;
    private char[] buffer;
    private int length;
    private boolean first = true;
    /** The buffer is offered for a cut when it holds this much; doubled after a failed try, so trying stays linear. */
    private int nextTry;
    private final TextPosition start = new TextPosition();

    /** {@code size}: pieces are about this long; {@code limit}: longest stretch with no place to cut. */
    Pieces(Cut cut, int size, int limit, Sink sink) {
        if (size < 1 || limit < size) {
            throw new IllegalArgumentException("piece size " + size + ", limit " + limit);
        }
        this.cut = cut;
        this.size = size;
        this.limit = limit;
        this.sink = sink;
        this.buffer = new char[Math.min(size * 2, limit) + 16];
        this.nextTry = size;
    }

    void append(char[] chars, int from, int to) throws IOException, TextStream.NoPlaceToCutException {
        int k = from;
        while (k < to) {
            int n = Math.min(to - k, nextTry - length);
            ensure(length + n);
            System.arraycopy(chars, k, buffer, length, n);
            length += n;
            k += n;
            if (length >= nextTry) {
                offer();
            }
        }
    }

    void append(String text) throws IOException, TextStream.NoPlaceToCutException {
        char[] chars = text.toCharArray();
        append(chars, 0, chars.length);
    }

    /** The rest of the text, as the last piece. */
    void finish() throws IOException, TextStream.NoPlaceToCutException {
        if (length > 0) {
            emit(length);
        }
    }

    private void offer() throws IOException, TextStream.NoPlaceToCutException {
        int p = cut.last(buffer, length, first);
        if (p > 0) {
            emit(p);
            nextTry = Math.max(size, length + 1);
            return;
        }
        if (length >= limit) {
            throw new TextStream.NoPlaceToCutException(start.line(), start.column(), limit);
        }
        nextTry = (int) Math.min(limit, 2L * length);
    }

    private void emit(int p) throws IOException, TextStream.NoPlaceToCutException {
        String piece = new String(buffer, 0, p);
        start.advance(piece);
        System.arraycopy(buffer, p, buffer, 0, length - p);
        length -= p;
        first = false;
        if (buffer.length > 4L * Math.max(size, length) && buffer.length > 64) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * size, length) + 16); // a long stretch's buffer is let go
        }
        sink.accept(piece);
    }

    private void ensure(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(capacity, 2L * buffer.length)));
        }
    }
}
