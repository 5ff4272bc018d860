package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StageClockTest {
    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    @Test
    void nestedTimeCountsOnlyForTheInnerStage() {
        StageClock clock = new StageClock();
        long start = System.nanoTime();
        clock.time(Stage.MARKDOWN, () -> {
            spin(2_000_000);
            clock.time(Stage.TRANSLIT, () -> spin(5_000_000));
        });
        long outer = System.nanoTime() - start;
        long markdown = clock.threadNanos().get(Stage.MARKDOWN);
        long translit = clock.threadNanos().get(Stage.TRANSLIT);
        assertTrue(translit >= 5_000_000, "translit " + translit);
        assertTrue(markdown >= 2_000_000, "markdown " + markdown);
        // Not a timing bound: the two parts never add up to more than the whole, so translit was not counted twice.
        assertTrue(markdown + translit <= outer, markdown + " + " + translit + " > " + outer);
    }

    @Test
    void aPhaseSharesItsWallTimeAmongItsStages() {
        StageClock clock = new StageClock();
        clock.phase(Stage.READ, () -> {
            IntStream.range(0, 8).parallel().forEach(i -> clock.time(i % 2 == 0 ? Stage.MARKDOWN : Stage.TEMPLATES,
                    () -> spin(1_000_000)));
            return null;
        });
        clock.sequential(Stage.WRITE, () -> {
            spin(1_000_000);
            return null;
        });
        long shared = clock.wallNanos().values().stream().mapToLong(Long::longValue).sum();
        assertTrue(clock.wallNanos().get(Stage.MARKDOWN) > 0 && clock.wallNanos().get(Stage.TEMPLATES) > 0);
        assertTrue(clock.wallNanos().get(Stage.WRITE) >= 1_000_000);
        assertEquals(0L, clock.wallNanos().get(Stage.READ));
        assertTrue(shared > 0);
    }

    @Test
    void peakRssIsReadFromTheStatusLine() {
        assertEquals(123456L, PeakRss.parseKib("VmHWM:\t  123456 kB"));
    }
}
