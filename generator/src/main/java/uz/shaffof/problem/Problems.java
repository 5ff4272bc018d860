package uz.shaffof.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A thread-safe collector of problems. Stages add to it instead of throwing, so that one run reports every
 * problem it can find; {@link #sorted()} gives them in path/line/column order for stable output.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem p) {
        list.add(p);
    }

    public synchronized void addAll(Collection<Problem> ps) {
        list.addAll(ps);
    }

    public void error(SourcePos pos, String message) {
        add(Problem.error(pos, message));
    }

    public void warning(SourcePos pos, String message) {
        add(Problem.warning(pos, message));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted().toList();
    }

    /** Throws {@link BuildFailure} carrying every problem so far when any of them is an error. */
    public void throwIfErrors(String stage) {
        if (hasErrors()) throw new BuildFailure(stage, sorted());
    }
}
