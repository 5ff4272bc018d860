package uz.shaffof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import uz.shaffof.pipeline.ParallelMap;

/**
 * Whatever escapes a command, an Error included and whichever thread threw it, ends as one line and exit status 3,
 * without a stack trace.
 */
class MainTest {
    record Run(int code, String err) {}

    @CommandLine.Command(name = "boom")
    static final class Throwing implements Callable<Integer> {
        final Throwable what;
        final boolean onWorker;

        Throwing(Throwable what, boolean onWorker) {
            this.what = what;
            this.onWorker = onWorker;
        }

        @Override
        public Integer call() throws Exception {
            if (onWorker) {
                // Thrown on a fork-join worker (or the caller, whichever takes the item) and rethrown here.
                ParallelMap.of(List.of(1, 2, 3, 4, 5, 6, 7, 8), i -> {
                    if (i == 5) throwUnchecked(what);
                    return i;
                });
            }
            throwUnchecked(what);
            return 0;
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
            throw (T) t;
        }
    }

    private static Run run(Throwable t, boolean onWorker) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Throwing(t, onWorker));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(Main.execute(cl, new String[0]), err.toString());
    }

    private static void assertOneLine(Run r, String start) {
        assertEquals(3, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("shaffof: " + start), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void outOfMemoryOnAWorkerThreadIsOneLineThatSaysWhatToDo() {
        Run r = run(new OutOfMemoryError("Java heap space"), true);
        assertOneLine(r, "out of memory (Java heap space): give Java more with -Xmx");
    }

    @Test
    void aStackOverflowIsOneLine() {
        assertOneLine(run(new StackOverflowError(), false), "internal error: the call stack overflowed");
    }

    @Test
    void aClassThatFailedToInitializeNamesTheCause() {
        Run r = run(new ExceptionInInitializerError(new IllegalStateException("no fonts")), false);
        assertOneLine(r, "internal error: a class failed to initialize: java.lang.IllegalStateException: no fonts");
    }

    @Test
    void aBugWrappedOnItsWayNamesTheBug() {
        Run r = run(new RuntimeException(new java.util.concurrent.ExecutionException(new IllegalStateException("x"))), true);
        assertOneLine(r, "internal error: java.lang.IllegalStateException: x");
    }
}
