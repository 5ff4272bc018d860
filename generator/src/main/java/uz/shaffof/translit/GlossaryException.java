package uz.shaffof.translit;

/**
 * A glossary file that cannot be read. The message reads {@code path:line:column: message}, the format the
 * build uses for every data error.
 */
public final class GlossaryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final int column;
    private final String detail;

    public GlossaryException(String path, int line, int column, String detail) {
        super(path + ":" + line + ":" + column + ": " + detail);
        this.path = path;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The file, as given to {@link Glossary#parse}. */
    public String path() {
        return path;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column, counted in characters. */
    public int column() {
        return column;
    }

    /** The message without the position. */
    public String detail() {
        return detail;
    }
}
