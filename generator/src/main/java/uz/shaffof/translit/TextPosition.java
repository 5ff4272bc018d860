package uz.shaffof.translit;

/** Line and column (1-based, columns in UTF-16 units) of a place in a text read in order, for texts of any length. */
final class TextPosition {
    private long line = 1;
    private long column = 1;

    /** Moves past {@code text}. */
    void advance(CharSequence text) {
        advance(text, 0, text.length());
    }

    void advance(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }
}
