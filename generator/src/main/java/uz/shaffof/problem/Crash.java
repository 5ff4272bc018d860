package uz.shaffof.problem;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What the command line says when something other than the input went wrong (a bug, or the JVM out of memory):
 * one line that names the failure and what to do (the command then exits with status 3); never a stack trace, unless
 * {@code SHAFFOF_DEBUG=1} asks for it. Whatever thread it was thrown on and however it was wrapped on the way (a
 * worker's error rethrown by the pool, a gate's failure wrapped with the gate's name), the line names the failure
 * itself.
 *
 * <pre><code>shaffof: out of memory (Java heap space): give Java more, e.g. java -Xmx2g -jar shaffof.jar build</code></pre>
 */
public final class Crash {
    private Crash() {}

    /** Prints {@code t} as one line on {@code err} (its stack trace too, when {@code debug}). */
    public static void report(PrintWriter err, Throwable t, boolean debug) {
        err.println("shaffof: " + describe(t));
        if (debug) t.printStackTrace(err);
        err.flush();
    }

    /** Whether the environment asks for stack traces. */
    public static boolean debugRequested() {
        return "1".equals(System.getenv("SHAFFOF_DEBUG"));
    }

    /** One line, without the {@code shaffof: } prefix. */
    public static String describe(Throwable t) {
        Throwable root = unwrap(t);
        String hint = " (a bug in shaffof; SHAFFOF_DEBUG=1 shows the stack trace for a report)";
        if (root instanceof OutOfMemoryError oom) {
            return "out of memory (" + oom.getMessage() + "): give Java more with -Xmx, e.g. java -Xmx2g -jar "
                    + "shaffof.jar build";
        }
        if (root instanceof StackOverflowError) {
            return "internal error: the call stack overflowed" + where(root) + hint;
        }
        if (root instanceof ExceptionInInitializerError init && init.getCause() != null) {
            return "internal error: a class failed to initialize: " + oneLine(init.getCause()) + where(init.getCause())
                    + hint;
        }
        return "internal error: " + oneLine(root) + where(root) + hint;
    }

    /**
     * The failure inside the wrappers that only carry it across threads or APIs (and add nothing an editor needs);
     * a wrapper with a message of its own (a gate's name) is kept, since its message names the cause; one whose message
     * is only its cause's is not.
     */
    static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        for (int i = 0; i < 20 && cur.getCause() != null && cur.getCause() != cur; i++) {
            if (cur instanceof ExecutionException || cur instanceof CompletionException
                    || cur instanceof InvocationTargetException || cur instanceof UncheckedIOException
                    || (cur.getCause() instanceof Error && !(cur instanceof ExceptionInInitializerError))
                    || cur.getClass() == RuntimeException.class
                    || String.valueOf(cur.getCause()).equals(cur.getMessage())) {
                cur = cur.getCause();
            } else {
                break;
            }
        }
        return cur;
    }

    private static String oneLine(Throwable t) {
        String s = t.toString();
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** Where in shaffof's own code it was thrown, when known: enough for a bug report to start from. */
    private static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("uz.shaffof.")) {
                return " at " + e.getClassName().substring("uz.shaffof.".length()) + "." + e.getMethodName()
                        + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "");
            }
        }
        return "";
    }
}
