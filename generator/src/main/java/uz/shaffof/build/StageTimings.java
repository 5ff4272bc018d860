package uz.shaffof.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *   html-validity                 4190   checked 3 of 224 pages
 *   parse pages (jsoup, shared)     61   checked 3 of 224 pages
 * publish                          301     3.9 %
 * all stages                      7812   100.0 %
 * </pre>
 *
 * Shares are of the sum of the stages, which run one after another; a stage's parts (the gates) run side by side,
 * so each part's time is its own wall time, overlapping the others', and has no share. A part that keeps a cache
 * of its results (the HTML-validity gate's verdicts, the page gates' facts of each page) says how many pages it
 * checked (or parsed) afresh.
 */
public final class StageTimings implements BuildListener {
    /**
     * One part of a stage, its wall time, and how many of its {@code total} items it did afresh ({@code fresh}; both
     * -1 for a part that does not say, see {@link BuildListener#partCounted}).
     */
    public record Part(String name, long nanos, long fresh, long total) {
        public Part(String name, long nanos) {
            this(name, nanos, -1, -1);
        }
    }

    /** One stage, its wall time, and its parts (empty for most stages). */
    public record Stage(String name, long nanos, List<Part> parts) {
        public Stage {
            parts = List.copyOf(parts);
        }
    }

    private final List<Stage> ended = new ArrayList<>();
    private final List<String[]> partNames = new ArrayList<>();
    private final List<Long> partNanos = new ArrayList<>();
    /** {fresh, total} by "stage\npart": told after the part ended, before its stage ends. */
    private final Map<String, long[]> partCounts = new HashMap<>();

    @Override
    public synchronized void stageEnded(String name, long nanos) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < partNames.size(); i++) {
            if (!partNames.get(i)[0].equals(name)) continue;
            long[] counts = partCounts.getOrDefault(name + "\n" + partNames.get(i)[1], new long[] {-1, -1});
            parts.add(new Part(partNames.get(i)[1], partNanos.get(i), counts[0], counts[1]));
        }
        ended.add(new Stage(name, nanos, parts));
    }

    @Override
    public synchronized void partEnded(String stage, String part, long nanos) {
        partNames.add(new String[] {stage, part});
        partNanos.add(nanos);
    }

    @Override
    public synchronized void partCounted(String stage, String part, long fresh, long total) {
        partCounts.put(stage + "\n" + part, new long[] {fresh, total});
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
                sb.append(String.format(Locale.ROOT, "  %-26s %8d", p.name(), millis(p.nanos())));
                if (p.total() >= 0) {
                    sb.append(String.format(Locale.ROOT, "   checked %d of %d pages", p.fresh(), p.total()));
                }
                sb.append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "%-28s %8d %7.1f %%\n", "all stages", millis(total), 100.0));
        return sb.toString();
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
