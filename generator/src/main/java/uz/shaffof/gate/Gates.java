package uz.shaffof.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ObjLongConsumer;
import uz.shaffof.problem.Problem;

/**
 * The gates a site must pass before it is published, run together.
 *
 * <pre><code>List&lt;Problem&gt; problems = Gates.standard().run(new SiteSnapshot(files, baseUrl));
 * if (!problems.isEmpty()) throw new BuildFailure("gates", problems);</code></pre>
 *
 * <p>Gates that read the shared parsed pages run one after another on one thread (jsoup documents are not safe
 * for concurrent reads); every other gate runs on its own thread beside them. A gate that throws is a bug, not
 * a finding: {@link #run} then throws too, so that the site is never published on a partial check.
 */
public final class Gates {
    private final List<Gate> gates;

    /** @param gates the gates to run, in the order their names are listed */
    public Gates(List<Gate> gates) {
        this.gates = List.copyOf(Objects.requireNonNull(gates, "gates must not be null"));
    }

    /**
     * Every gate of the project: links and anchors, Latin/Cyrillic twins, script safety, CSP, subresource
     * integrity, no third-party requests, and HTML validity. Keep the instance to reuse the HTML checkers.
     */
    public static Gates standard() {
        return new Gates(List.of(new LinkGate(), new TwinGate(), new ScriptSafetyGate(), new CspGate(),
                new IntegrityGate(), new ThirdPartyGate(), new HtmlValidityGate()));
    }

    public List<Gate> gates() {
        return gates;
    }

    /** The name under which the time spent parsing pages for the gates that share them is told. */
    public static final String SHARED_PARSE = "parse pages (jsoup, shared)";

    /** Runs every gate over the site and returns all their problems, without duplicates, in path/line order. */
    public List<Problem> run(SiteSnapshot site) {
        return run(site, (gate, nanos) -> {});
    }

    /**
     * As {@link #run(SiteSnapshot)}, and tells {@code timing} each gate's wall time, by its {@link Gate#name()}, in
     * the order of {@link #gates()}, then the time spent parsing the pages shared by the gates that read them
     * ({@value #SHARED_PARSE}; not counted in the gate that happened to ask first). Told on the calling thread,
     * once every gate has run.
     */
    public List<Problem> run(SiteSnapshot site, ObjLongConsumer<String> timing) {
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(timing, "timing must not be null");
        Map<Gate, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        List<Callable<List<Problem>>> tasks = new ArrayList<>();
        List<Gate> sharing = gates.stream().filter(Gate::readsParsedPages).toList();
        if (!sharing.isEmpty()) tasks.add(() -> runAll(sharing, site, nanos, true));
        for (Gate gate : gates) {
            if (!gate.readsParsedPages()) tasks.add(() -> runAll(List.of(gate), site, nanos, false));
        }
        if (tasks.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Problem> problems = new ArrayList<>();
            for (Future<List<Problem>> f : pool.invokeAll(tasks)) problems.addAll(f.get());
            Map<String, Long> told = new LinkedHashMap<>();
            for (Gate gate : gates) told.merge(gate.name(), nanos.getOrDefault(gate, 0L), Long::sum);
            told.forEach(timing::accept);
            if (!sharing.isEmpty()) timing.accept(SHARED_PARSE, site.parseNanos());
            return problems.stream().distinct().sorted().toList();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the gates", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the gates one after another, keeping each one's wall time; for the gates that share the parsed pages
     * ({@code sharing}, all on this thread, the only one that parses), without the pages it happened to parse first.
     */
    private static List<Problem> runAll(List<Gate> gates, SiteSnapshot site, Map<Gate, Long> nanos, boolean sharing) {
        List<Problem> problems = new ArrayList<>();
        for (Gate gate : gates) {
            long parsedBefore = site.parseNanos();
            long start = System.nanoTime();
            try {
                problems.addAll(gate.check(site));
            } catch (RuntimeException e) {
                throw new IllegalStateException("gate " + gate.name() + " failed: " + e.getMessage(), e);
            }
            long parsing = sharing ? site.parseNanos() - parsedBefore : 0;
            nanos.put(gate, Math.max(0, System.nanoTime() - start - parsing));
        }
        return problems;
    }
}
