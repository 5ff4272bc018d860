package uz.shaffof.cli;

/** The exit statuses of every command, as documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The content (or a template) is wrong: the messages say where. */
    public static final int CONTENT = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** A bug or an environment failure (disk full, unreadable directory): not the editor's fault. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
