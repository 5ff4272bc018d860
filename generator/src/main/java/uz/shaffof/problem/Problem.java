package uz.shaffof.problem;

import java.util.Objects;

/**
 * One thing wrong with the input, where it is, and how bad it is. Printed as {@code path:line:col: message}
 * (warnings carry a {@code warning: } prefix after the position, notices {@code note: }).
 */
public record Problem(SourcePos pos, Severity severity, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(pos, "pos must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(message, "message must not be null");
        // One problem is one line of output: a multi-line message would break editors' jump-to-error.
        message = message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }

    public static Problem error(SourcePos pos, String message) {
        return new Problem(pos, Severity.ERROR, message);
    }

    public static Problem warning(SourcePos pos, String message) {
        return new Problem(pos, Severity.WARNING, message);
    }

    public static Problem notice(SourcePos pos, String message) {
        return new Problem(pos, Severity.NOTICE, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem o) {
        int c = pos.compareTo(o.pos);
        if (c != 0) return c;
        c = severity.compareTo(o.severity);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        String label = switch (severity) {
            case ERROR -> "";
            case WARNING -> "warning: ";
            case NOTICE -> "note: ";
        };
        return pos + ": " + label + message;
    }
}
