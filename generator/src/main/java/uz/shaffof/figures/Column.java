package uz.shaffof.figures;

import java.util.Objects;

/**
 * A dataset column: its name (lower-case ASCII with underscores, the same in both editions) and whether its
 * cells are numbers (written as JSON numbers, exactly) or text.
 */
public record Column(String name, Type type) {
    public Column {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(type, "type must not be null");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column name \"" + name + "\" must be lower-case ASCII");
        }
    }

    static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    static Column number(String name) {
        return new Column(name, Type.NUMBER);
    }

    /** How a column's cells are written in JSON. */
    public enum Type {
        TEXT,
        NUMBER
    }
}
