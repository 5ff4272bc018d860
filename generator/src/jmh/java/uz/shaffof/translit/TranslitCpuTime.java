package uz.shaffof.translit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The engine's speed on the {@link TranslitBenchmark} corpus in MB of input per second of the converting thread's CPU
 * time, for comparing two versions of the engine on a machine shared with other work: wall-clock throughput there
 * depends on how often the thread waits for a core, CPU time much less. Not a replacement for the JMH figures, which
 * are what the targets are stated in; run the two versions alternately and compare ratios.
 *
 * <pre>{@code java -cp <test classpath of the bench profile> uz.shaffof.translit.TranslitCpuTime 10 10 15}</pre>
 * (arguments: MiB of text, seconds of CPU time to warm up each direction, measured conversions per direction).
 */
public final class TranslitCpuTime {
    private TranslitCpuTime() {}

    public static void main(String[] args) {
        int mebibytes = Integer.parseInt(args[0]);
        double warmUpSeconds = Double.parseDouble(args[1]);
        int conversions = Integer.parseInt(args[2]);
        TranslitBenchmark.Corpus corpus = new TranslitBenchmark.Corpus();
        corpus.mebibytes = mebibytes;
        corpus.generate();
        Transliterator engine = Transliterator.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Script target : new Script[] {Script.LATIN, Script.CYRILLIC}) {
            String text = target == Script.LATIN ? corpus.cyrillic : corpus.latin;
            double megabytes = target == Script.LATIN ? corpus.cyrillicMegabytes : corpus.latinMegabytes;
            long sink = 0;
            long warmUpEnd = threads.getCurrentThreadCpuTime() + (long) (warmUpSeconds * 1e9);
            while (threads.getCurrentThreadCpuTime() < warmUpEnd) {
                sink += engine.convert(text, target).length();
            }
            double[] rates = new double[conversions];
            for (int k = 0; k < conversions; k++) {
                long start = threads.getCurrentThreadCpuTime();
                sink += engine.convert(text, target).length();
                rates[k] = megabytes / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
            Arrays.sort(rates);
            System.out.printf(java.util.Locale.ROOT, "to %s: median %.1f MB/s of CPU time (min %.1f, max %.1f; %d chars out)%n",
                    target, rates[conversions / 2], rates[0], rates[conversions - 1], sink);
        }
    }
}
