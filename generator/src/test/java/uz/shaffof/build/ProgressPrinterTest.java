package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The progress line: only in a terminal outside CI, only for long operations, erased before the summary. */
class ProgressPrinterTest {
    final StringWriter text = new StringWriter();
    final PrintWriter out = new PrintWriter(text, true);
    final AtomicLong clock = new AtomicLong();

    static long ms(long millis) {
        return millis * 1_000_000;
    }

    @Test
    void silentInCi() {
        assertFalse(ProgressPrinter.isInteractive(true, Map.of("CI", "true")));
        assertFalse(ProgressPrinter.isInteractive(true, Map.of("CI", "1")));
        assertFalse(ProgressPrinter.isInteractive(false, Map.of()), "output redirected: no console");
        assertTrue(ProgressPrinter.isInteractive(true, Map.of()));
        assertTrue(ProgressPrinter.isInteractive(true, Map.of("CI", "false")));

        ProgressPrinter ci = new ProgressPrinter(out, ProgressPrinter.isInteractive(true, Map.of("CI", "true")), 0, clock::get);
        ProgressPrinter.Counter pages = ci.counter("pages", 224);
        for (int i = 0; i < 224; i++) {
            clock.addAndGet(ms(50));
            pages.step();
        }
        ci.update("gates", 3, 7);
        ci.clear();
        out.println("Built 112 pages");
        assertEquals("Built 112 pages" + System.lineSeparator(), text.toString(), "only the summary line in CI logs");
    }

    @Test
    void inATerminalALongBuildShowsStageAndCountOnOneLine() {
        ProgressPrinter p = new ProgressPrinter(out, true, 1000, clock::get);
        p.begin();
        p.update("load", 0, 4);
        assertEquals("", text.toString(), "nothing during the first second");
        clock.addAndGet(ms(1500));
        p.update("pages", 10, 224);
        clock.addAndGet(ms(20));
        p.update("pages", 11, 224);
        assertEquals("\rpages: 10/224", text.toString(), "at most one redraw per 100 ms");
        clock.addAndGet(ms(200));
        p.update("pages", 224, 224);
        assertTrue(text.toString().endsWith("\rpages: 224/224"), text.toString());
        assertFalse(text.toString().contains("\n"), "one line, rewritten");
        clock.addAndGet(ms(200));
        p.update("gates", 1, 7);
        assertTrue(text.toString().endsWith("\rgates: 1/7    "), "shorter text erases the rest: " + text);
        p.clear();
        assertTrue(text.toString().endsWith("\r" + " ".repeat("gates: 1/7".length()) + "\r"));
    }

    @Test
    void countsFromManyThreads() {
        ProgressPrinter p = new ProgressPrinter(out, true, 0, System::nanoTime);
        ProgressPrinter.Counter c = p.counter("pages", 1000);
        IntStream.range(0, 1000).parallel().forEach(i -> c.step());
        assertEquals(1000, c.done());
        assertTrue(text.toString().endsWith("\rpages: 1000/1000"), "the last count is always drawn: " + text);
    }
}
