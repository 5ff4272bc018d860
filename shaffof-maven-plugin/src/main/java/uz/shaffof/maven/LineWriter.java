package uz.shaffof.maven;

import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A writer that hands each complete line to a consumer (Maven's log is line-based). A carriage return discards
 * the line so far: the generator's progress display redraws one line in place with {@code \r} when it thinks it
 * runs in a terminal, and such a line is a display, not a message worth keeping in a build log.
 */
final class LineWriter extends Writer {
    private final Consumer<String> lines;
    private final StringBuilder line = new StringBuilder();

    LineWriter(Consumer<String> lines) {
        this.lines = Objects.requireNonNull(lines);
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n') {
                emit();
            } else if (c == '\r') {
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    private void emit() {
        String text = line.toString();
        line.setLength(0);
        // What is left of an erased progress line (spaces, a terminal's erase sequence) is not a message.
        if (!text.isBlank() && text.chars().noneMatch(ch -> ch == 0x1b)) lines.accept(text);
    }

    @Override
    public void flush() {
        // Lines are handed on as they end; a partial line waits for its end.
    }

    /** Hands on a last line that had no line break. */
    @Override
    public synchronized void close() {
        if (line.length() > 0) emit();
    }
}
