package uz.shaffof.cli;

import java.io.PrintWriter;
import java.util.List;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;

/**
 * Prints problems the way editors and CI logs need them: one {@code path:line:col: message} line each, sorted,
 * at most {@value #LIMIT} (a broken file can produce thousands), then a count.
 */
final class Reporter {
    static final int LIMIT = 200;

    private Reporter() {}

    static void problems(PrintWriter err, List<Problem> problems) {
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == LIMIT) {
                err.println("... and " + (problems.size() - LIMIT) + " more");
                break;
            }
            err.println(p);
        }
        err.flush();
    }

    static int failure(PrintWriter err, BuildFailure f) {
        problems(err, f.problems());
        long errors = f.problems().stream().filter(Problem::isError).count();
        err.println(f.stage() + " failed: " + errors + " error(s); nothing was published");
        err.flush();
        return ExitCodes.CONTENT;
    }
}
