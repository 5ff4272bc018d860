package uz.shaffof.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Where the time of a build goes, stage by stage. Work inside a parallel phase is timed per thread ({@link #time});
 * a nested timing is subtracted from the enclosing one, so transliteration done inside Markdown rendering counts
 * once, as transliteration. Each phase's wall time is then shared out among its stages in proportion to their
 * thread time ({@link #phase}), so the stage times add up to the build's wall time.
 *
 * <pre><code>StageClock clock = new StageClock();
 * List&lt;Page&gt; pages = clock.phase(() -&gt; sources.parallelStream()
 *         .map(s -&gt; clock.time(Stage.MARKDOWN, () -&gt; render(s))).toList());
 * clock.wallNanos(Stage.MARKDOWN);</code></pre>
 */
final class StageClock {
    private static final int STAGES = Stage.values().length;

    /** One array per thread that ever timed something: a slot per stage, then the thread's running total. */
    private final Queue<long[]> threads = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<long[]> local = ThreadLocal.withInitial(this::newThreadSlots);
    private final long[] wall = new long[STAGES];

    /** Runs {@code work} on the calling thread and adds its time, minus nested timings, to {@code stage}. */
    <T> T time(Stage stage, Supplier<T> work) {
        long[] slots = local.get();
        long nestedBefore = slots[STAGES];
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long elapsed = System.nanoTime() - start;
            long nested = slots[STAGES] - nestedBefore;
            slots[stage.ordinal()] += elapsed - nested;
            slots[STAGES] = nestedBefore + elapsed;
        }
    }

    void time(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs a phase (usually a parallel stream whose tasks call {@link #time}) and shares its wall time among the
     * stages in proportion to the thread time each got during it; time no stage claimed goes to {@code rest}.
     */
    <T> T phase(Stage rest, Supplier<T> work) {
        long[] before = threadTotals();
        long start = System.nanoTime();
        T result = work.get();
        long elapsed = System.nanoTime() - start;
        long[] after = threadTotals();
        long claimed = 0;
        long[] delta = new long[STAGES];
        for (int i = 0; i < STAGES; i++) {
            delta[i] = after[i] - before[i];
            claimed += delta[i];
        }
        if (claimed == 0) {
            wall[rest.ordinal()] += elapsed;
            return result;
        }
        for (int i = 0; i < STAGES; i++) wall[i] += Math.round((double) elapsed * delta[i] / claimed);
        return result;
    }

    /** A phase that is all one stage, run on the calling thread (with any parallelism inside it). */
    <T> T sequential(Stage stage, Supplier<T> work) {
        return phase(stage, () -> time(stage, work));
    }

    /** The wall time attributed to each stage so far. */
    Map<Stage, Long> wallNanos() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) out.put(s, wall[s.ordinal()]);
        return out;
    }

    /** The thread time (summed over threads) of each stage so far. */
    Map<Stage, Long> threadNanos() {
        long[] totals = threadTotals();
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) out.put(s, totals[s.ordinal()]);
        return out;
    }

    private long[] newThreadSlots() {
        long[] slots = new long[STAGES + 1];
        threads.add(slots);
        return slots;
    }

    private long[] threadTotals() {
        long[] sum = new long[STAGES];
        for (long[] slots : threads) {
            for (int i = 0; i < STAGES; i++) sum[i] += slots[i];
        }
        return sum;
    }
}
