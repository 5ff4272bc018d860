package uz.shaffof.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uz.shaffof.pipeline.BuildListener;

/**
 * A listener that keeps each stage's wall time and the times of its parts, and prints them as the table of
 * {@code build --timings}:
 *
 * <pre>
 * stage                        wall ms    share
 * load                              94     1.2 %
 * ...
 * gates                           4213    53.9 %
 *   links                          412
 *   html-validity                 4190
 * publish                          301     3.9 %
 * all stages                      7812   100.0 %
 * </pre>
 *
 * Shares are of the sum of the stages, which run one after another; a stage's parts (the gates) run side by side,
 * so each part's time is its own wall time, overlapping the others', and has no share.
 */
public final class StageTimings implements BuildListener {
    /** One part of a stage and its wall time. */
    public record Part(String name, long nanos) {}

    /** One stage, its wall time, and its parts (empty for most stages). */
    public record Stage(String name, long nanos, List<Part> parts) {
        public Stage {
            parts = List.copyOf(parts);
        }
    }

    private final List<Stage> ended = new ArrayList<>();
    private final List<String[]> partNames = new ArrayList<>();
    private final List<Long> partNanos = new ArrayList<>();

    @Override
    public synchronized void stageEnded(String name, long nanos) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < partNames.size(); i++) {
            if (partNames.get(i)[0].equals(name)) parts.add(new Part(partNames.get(i)[1], partNanos.get(i)));
        }
        ended.add(new Stage(name, nanos, parts));
    }

    @Override
    public synchronized void partEnded(String stage, String part, long nanos) {
        partNames.add(new String[] {stage, part});
        partNanos.add(nanos);
    }

    /** The stages that ended, in order. */
    public synchronized List<Stage> stages() {
        return List.copyOf(ended);
    }

    /** The sum of the stages' wall times. */
    public synchronized long totalNanos() {
        return ended.stream().mapToLong(Stage::nanos).sum();
    }

    /** The table: one line per stage (then its parts, indented), and the sum; lines end with {@code \n}. */
    public synchronized String table() {
        long total = totalNanos();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %8s %8s\n", "stage", "wall ms", "share"));
        for (Stage s : ended) {
            sb.append(String.format(Locale.ROOT, "%-28s %8d %7.1f %%\n", s.name(), millis(s.nanos()),
                    total == 0 ? 0.0 : 100.0 * s.nanos() / total));
            for (Part p : s.parts()) {
                sb.append(String.format(Locale.ROOT, "  %-26s %8d\n", p.name(), millis(p.nanos())));
            }
        }
        sb.append(String.format(Locale.ROOT, "%-28s %8d %7.1f %%\n", "all stages", millis(total), 100.0));
        return sb.toString();
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
