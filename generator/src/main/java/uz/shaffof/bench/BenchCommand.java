package uz.shaffof.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.OutputFailed;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.problem.BuildFailure;

/**
 * {@code shaffof bench}: builds a benchmark site through the full pipeline and prints pages written, wall time,
 * pages per second, peak RSS and the time of each stage. Exit 0 when the build passed its link check, 1 when it did
 * not (or failed), 2 on a usage error.
 *
 * <pre>{@code
 * ../shared/bench/make-corpus.sh 1000 /tmp/c1k
 * java -jar generator/target/shaffof.jar bench --corpus /tmp/c1k/neutral            # Hugo's work, 1 000 pages
 * java -jar generator/target/shaffof.jar bench --corpus /tmp/c1k/neutral --translit # each page in both editions
 * java -jar generator/target/shaffof.jar bench --structured                         # the national-scale data site
 * }</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Benchmarks the pipeline: builds a corpus (or the generated national-scale site) and reports "
                + "pages/s, wall time, peak RSS and the time of each stage.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A corpus in the neutral layout written by make-corpus.sh (DEST/neutral; DEST also works).")
    private Path corpus;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to publish the site (replaced atomically). Default: a temporary directory, deleted after.")
    private Path out;

    @Option(names = "--translit", description = "Publish every page in both editions (Latin and Cyrillic).")
    private boolean translit;

    @Option(names = "--structured",
            description = "Build the national-scale structured case (14 regions, ~200 districts, 10 years, "
                    + "2 000 projects, charts), generated in memory.")
    private boolean structured;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all cores.")
    private int threads = Runtime.getRuntime().availableProcessors();

    private final PrintStream stdout;
    private final PrintStream stderr;
    /** The setup begun before the options were parsed, or null to begin it when the bench runs. */
    private final WarmStart warm;

    public BenchCommand() {
        this(System.out, System.err);
    }

    /** Explicit streams (for tests). */
    public BenchCommand(PrintStream stdout, PrintStream stderr) {
        this(stdout, stderr, null);
    }

    private BenchCommand(PrintStream stdout, PrintStream stderr, WarmStart warm) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.warm = warm;
    }

    public static void main(String[] args) {
        // Begun before picocli reads the options, so that the two run side by side (see WarmStart).
        WarmStart warm = WarmStart.begin();
        System.exit(new CommandLine(new BenchCommand(System.out, System.err, warm)).execute(args));
    }

    @Override
    public Integer call() {
        if (corpus == null && !structured) {
            stderr.println("bench: give --corpus DIR (a corpus written by make-corpus.sh) or --structured");
            return 2;
        }
        if (threads < 1) {
            stderr.println("bench: --threads must be at least 1, not " + threads);
            return 2;
        }
        boolean ok = true;
        WarmStart started = warm != null ? warm : WarmStart.begin();
        try {
            if (corpus != null) ok = runCase(() -> new CorpusBench(corpusRoot(corpus), translit, started), "corpus");
            if (structured) ok &= runCase(() -> new StructuredBench(started), "structured");
        } catch (BuildFailure e) {
            stderr.println("bench: the build failed in stage " + e.stage() + ":");
            e.problems().stream().limit(50).forEach(p -> stderr.println("  " + p));
            return 1;
        } catch (OutputRefused e) {
            stderr.println("bench: " + e.getMessage()); // --out names a folder that is not a site of ours
            return 2;
        } catch (OutputFailed e) {
            stderr.println("bench: " + e.getMessage()); // disk full, read-only: the environment, not the bench
            return 3;
        }
        return ok ? 0 : 1;
    }

    /** A case's build as the bench runs it: into an output directory, reporting a {@link BenchResult}. */
    interface Case {
        BenchResult run(Path out);
    }

    private boolean runCase(Supplier<Case> factory, String name) {
        Path tmp = null;
        try {
            Path target = out;
            if (target == null) {
                tmp = Files.createTempDirectory("shaffof-bench-" + name);
                target = tmp.resolve("site");
            } else if (corpus != null && structured) {
                target = out.resolve(name); // both cases in one run: keep their sites apart
            }
            BenchResult r = inPool(factory.get(), target);
            new ReportPrinter(stdout).print(r, threads, PeakRss.kib());
            return r.problems().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Runs the case on a pool of {@code --threads} workers: parallel streams inside it use that pool. */
    private BenchResult inPool(Case c, Path target) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> c.run(target)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The folder holding {@code content/}: DIR itself, or DIR/neutral for the folder make-corpus.sh wrote. */
    static Path corpusRoot(Path dir) {
        if (!Files.isDirectory(dir.resolve("content")) && Files.isDirectory(dir.resolve("neutral/content"))) {
            return dir.resolve("neutral");
        }
        return dir;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try {
            AtomicPublisher.deleteTree(dir);
        } catch (IOException e) {
            // A temporary directory left behind does not change the figures.
        }
    }
}
