package uz.shaffof.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a {@link BenchResult} as a small table, with the process's peak RSS at the time of printing. */
final class ReportPrinter {
    private static final int MAX_PROBLEMS = 50;

    private final PrintStream out;

    ReportPrinter(PrintStream out) {
        this.out = out;
    }

    /** One of the parts the targets name, summed over its stages: its wall share and its thread time. */
    private void share(BenchResult r, String what, Stage... stages) {
        long wall = 0;
        long thread = 0;
        for (Stage s : stages) {
            wall += r.stageWallNanos().getOrDefault(s, 0L);
            thread += r.stageThreadNanos().getOrDefault(s, 0L);
        }
        out.printf(Locale.ROOT, "  %-28s %9.0f %6.1f%% %11.0f  (total)%n", what, wall / 1e6,
                r.wallNanos() == 0 ? 0 : 100.0 * wall / r.wallNanos(), thread / 1e6);
    }

    void print(BenchResult r, int threads, long peakRssKib) {
        out.println("case: " + r.name());
        out.printf(Locale.ROOT, "pages written: %d HTML + %d other files, threads: %d%n", r.htmlPages(),
                r.otherFiles(), threads);
        out.printf(Locale.ROOT, "wall: %.3f s (in process, JVM start not included)  pages/s: %.0f  peak RSS: %s%n",
                r.wallNanos() / 1e9, r.pagesPerSecond(), peakRssKib < 0 ? "unknown" : (peakRssKib / 1024) + " MiB");
        out.printf(Locale.ROOT, "  %-28s %9s %7s %11s%n", "stage", "wall ms", "share", "thread ms");
        for (Stage s : Stage.values()) {
            long wall = r.stageWallNanos().getOrDefault(s, 0L);
            long thread = r.stageThreadNanos().getOrDefault(s, 0L);
            if (wall == 0 && thread == 0) continue;
            out.printf(Locale.ROOT, "  %-28s %9.0f %6.1f%% %11.0f%n", s.label(), wall / 1e6,
                    r.wallNanos() == 0 ? 0 : 100.0 * wall / r.wallNanos(), thread / 1e6);
        }
        share(r, "transliteration", Stage.TRANSLIT);
        share(r, "search indexing", Stage.SEARCH_TEXT, Stage.SEARCH_INDEX);
        share(r, "link checking", Stage.LINK_PARSE, Stage.LINK_CHECK);
        for (String note : r.notes()) out.println("  " + note);
        if (!r.problems().isEmpty()) {
            out.println("link check: " + r.problems().size() + " problem(s)");
            r.problems().stream().limit(MAX_PROBLEMS).forEach(p -> out.println("  " + p));
        }
        out.flush();
    }
}
