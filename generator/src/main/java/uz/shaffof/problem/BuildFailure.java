package uz.shaffof.problem;

import java.util.List;

/**
 * The build stopped because of problems in the input. Carries every problem found, so the command line can
 * print them all and exit with status 1. Not a bug: it has no stack trace worth showing.
 */
public final class BuildFailure extends RuntimeException {
    private final String stage;
    private final transient List<Problem> problems;

    public BuildFailure(String stage, List<Problem> problems) {
        super(stage + ": " + problems.size() + " problem(s)", null, false, false);
        this.stage = stage;
        this.problems = List.copyOf(problems);
    }

    public static BuildFailure of(String stage, Problem problem) {
        return new BuildFailure(stage, List.of(problem));
    }

    public String stage() {
        return stage;
    }

    public List<Problem> problems() {
        return problems;
    }
}
