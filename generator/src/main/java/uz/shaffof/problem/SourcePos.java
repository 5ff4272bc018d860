package uz.shaffof.problem;

import java.util.Objects;

/**
 * A place in a source file: a path relative to the project root (always with {@code /}) and a 1-based line
 * and column. Line 0 means "the file as a whole" (for example an unreadable file).
 *
 * <pre><code>SourcePos.of("content/regions.json", 3, 12).toString()  // content/regions.json:3:12</code></pre>
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {

    public SourcePos {
        Objects.requireNonNull(path, "path must not be null");
        if (line < 0) throw new IllegalArgumentException("line " + line + " must be >= 0");
        if (column < 0) throw new IllegalArgumentException("column " + column + " must be >= 0");
        path = path.replace('\\', '/');
    }

    public static SourcePos of(String path, int line, int column) {
        return new SourcePos(path, line, column);
    }

    /** The whole file, when no better position is known: reported as line 1, column 1. */
    public static SourcePos file(String path) {
        return new SourcePos(path, 1, 1);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
