package uz.shaffof.bench;

import java.util.List;
import java.util.Map;
import uz.shaffof.problem.Problem;

/**
 * What one benchmark case did and how long it took: the HTML pages and other files written, the build's wall
 * time (from reading the first source to the last file written, inside the process), the wall time and the
 * thread time of each stage, free-form notes (chart counts, ...), and the problems the link check found.
 */
record BenchResult(String name, int htmlPages, int otherFiles, long wallNanos, Map<Stage, Long> stageWallNanos,
                   Map<Stage, Long> stageThreadNanos, List<String> notes, List<Problem> problems) {
    BenchResult {
        stageWallNanos = Map.copyOf(stageWallNanos);
        stageThreadNanos = Map.copyOf(stageThreadNanos);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    double pagesPerSecond() {
        return wallNanos == 0 ? 0 : htmlPages / (wallNanos / 1e9);
    }
}
