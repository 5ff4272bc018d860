package uz.shaffof.maven;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import uz.shaffof.Main;
import uz.shaffof.cli.ExitCodes;

/**
 * One run of the {@code shaffof} command line inside Maven's JVM, through {@link Main#run}: the goals take the
 * very path {@code java -jar shaffof.jar} takes (the same options, messages, exit statuses and publishing), so
 * the plugin cannot drift from the command it wraps. Standard output goes to Maven's log as info lines; the
 * error stream (problems, one {@code path:line:col: message} each) is kept for the outcome. Warnings (as warnings)
 * and notes (as info) are logged as they come; errors are logged as they come only by a command that never ends by itself ({@code serve}),
 * and otherwise become the message of the failure.
 */
record CommandLineRun(int exitStatus, List<String> errorLines) {

    CommandLineRun {
        errorLines = List.copyOf(errorLines);
    }

    /** Runs {@code shaffof ARGS}; returns once the command has finished. */
    static CommandLineRun run(List<String> args, Log log, boolean logErrorsAsTheyCome) {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Consumer<String> onError = line -> {
            errors.add(line);
            if (isNote(line)) log.info(line);
            else if (isWarning(line)) log.warn(line);
            else if (logErrorsAsTheyCome) log.error(line);
        };
        int status;
        try (LineWriter outLines = new LineWriter(log::info); LineWriter errLines = new LineWriter(onError);
             PrintWriter out = new PrintWriter(outLines, true); PrintWriter err = new PrintWriter(errLines, true)) {
            status = Main.run(args.toArray(String[]::new), out, err);
            out.flush();
            err.flush();
        }
        return new CommandLineRun(status, errors);
    }

    /**
     * Turns a failed run into Maven's two kinds of failure. Content and template errors (exit 1) are the site's
     * problem: a {@link MojoFailureException} whose message is the problem lines, exactly as the command prints
     * them, without a stack trace. A usage error (exit 2: this plugin built a bad command line) or an internal
     * error (exit 3: a bug, a full disk) is a {@link MojoExecutionException}.
     */
    void throwIfFailed(String command) throws MojoFailureException, MojoExecutionException {
        if (exitStatus == ExitCodes.OK) return;
        List<String> problems = errorLines.stream().filter(line -> !isWarning(line)).toList();
        String message = command + " failed (exit " + exitStatus + "):\n" + String.join("\n", problems.isEmpty()
                ? errorLines : problems);
        if (exitStatus == ExitCodes.CONTENT) throw new MojoFailureException(message);
        throw new MojoExecutionException(message);
    }

    /** Warnings and notes do not fail a build; they are logged as they come (notes as info: they are published). */
    static boolean isWarning(String line) {
        return line.contains(": warning: ") || line.startsWith("warning: ") || isNote(line);
    }

    private static boolean isNote(String line) {
        return line.contains(": note: ") || line.startsWith("note: ");
    }
}
