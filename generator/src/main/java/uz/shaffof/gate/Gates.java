package uz.shaffof.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jsoup.nodes.Document;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildStages;
import uz.shaffof.pipeline.ParallelMap;
import uz.shaffof.problem.Problem;

/**
 * The gates a site must pass before it is published, run together.
 *
 * <pre><code>List&lt;Problem&gt; problems = Gates.standard().run(new SiteSnapshot(files, baseUrl));
 * if (!problems.isEmpty()) throw new BuildFailure("gates", problems);</code></pre>
 *
 * <p>The {@link PageGate}s run together, page by page: each page is parsed once, told to each of them, and let go
 * (pages in parallel, a document only ever on one thread); then each judges the site from what it kept. Other gates
 * that read parsed pages run after them on the same thread; every other gate runs on its own thread beside them. A gate that throws is a bug, not
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
     * integrity, no third-party requests, and HTML validity, which checks every page on every run. Keep the
     * instance to reuse the HTML checkers.
     */
    public static Gates standard() {
        return standard(VerdictCache.none());
    }

    /**
     * The gates of {@link #standard()}, with the HTML-validity gate keeping its verdicts in {@code verdicts}: a page
     * whose bytes it has judged before (at the same address, with the same checker) is not checked again.
     */
    public static Gates standard(VerdictCache verdicts) {
        return new Gates(List.of(new LinkGate(), new TwinGate(), new ScriptSafetyGate(), new CspGate(),
                new IntegrityGate(), new ThirdPartyGate(), new HtmlValidityGate(verdicts)));
    }

    public List<Gate> gates() {
        return gates;
    }

    /** The name under which the time spent parsing pages for the gates that share them is told. */
    public static final String SHARED_PARSE = "parse pages (jsoup, shared)";

    /** Runs every gate over the site and returns all their problems, without duplicates, in path/line order. */
    public List<Problem> run(SiteSnapshot site) {
        return run(site, BuildListener.NONE);
    }

    /**
     * As {@link #run(SiteSnapshot)}, and tells {@code listener}, as parts of the {@value BuildStages#GATES} stage
     * ({@link BuildListener#partEnded}), each gate's wall time, by its {@link Gate#name()}, in the order of
     * {@link #gates()}, then the time spent parsing the pages shared by the gates that read them
     * ({@value #SHARED_PARSE}; not counted in the gate that happened to ask first), then
     * ({@link BuildListener#partCounted}) the pages checked afresh by each gate that keeps verdicts. Told on the
     * calling thread, once every gate has run.
     */
    public List<Problem> run(SiteSnapshot site, BuildListener listener) {
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        Map<Gate, Long> nanos = new ConcurrentHashMap<>();
        Map<Gate, int[]> checked = new ConcurrentHashMap<>();
        List<Callable<List<Problem>>> tasks = new ArrayList<>();
        List<PageGate> pageGates = new ArrayList<>();
        for (Gate gate : gates) if (gate instanceof PageGate pg) pageGates.add(pg);
        List<Gate> sharing = gates.stream().filter(g -> !(g instanceof PageGate)).filter(Gate::readsParsedPages).toList();
        if (!pageGates.isEmpty() || !sharing.isEmpty()) {
            tasks.add(() -> {
                List<Problem> problems = new ArrayList<>(runPageByPage(pageGates, site, nanos));
                problems.addAll(runAll(sharing, site, nanos, checked, true));
                return problems;
            });
        }
        for (Gate gate : gates) {
            if (!(gate instanceof PageGate) && !gate.readsParsedPages()) {
                tasks.add(() -> runAll(List.of(gate), site, nanos, checked, false));
            }
        }
        if (tasks.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Problem> problems = new ArrayList<>();
            for (Future<List<Problem>> f : pool.invokeAll(tasks)) problems.addAll(f.get());
            Map<String, Long> told = new LinkedHashMap<>();
            for (Gate gate : gates) told.merge(gate.name(), nanos.getOrDefault(gate, 0L), Long::sum);
            told.forEach((gate, time) -> listener.partEnded(BuildStages.GATES, gate, time));
            if (!pageGates.isEmpty() || !sharing.isEmpty()) {
                listener.partEnded(BuildStages.GATES, SHARED_PARSE, site.parseNanos());
            }
            for (Gate gate : gates) {
                int[] counts = checked.get(gate);
                if (counts != null) listener.partCounted(BuildStages.GATES, gate.name(), counts[0], counts[1]);
            }
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
     * Runs the page gates together: each HTML page is parsed once, on whichever worker takes it, told to every page
     * gate, and let go before that worker takes the next; then each gate judges what it kept across pages. The time
     * of each gate is the sum over pages of its own work (on several threads) and its finish; the parse is told apart.
     */
    private static List<Problem> runPageByPage(List<PageGate> pageGates, SiteSnapshot site, Map<Gate, Long> nanos) {
        if (pageGates.isEmpty()) return List.of();
        List<PageGate.PageCheck> checks = new ArrayList<>();
        for (PageGate gate : pageGates) checks.add(started(gate, site));
        AtomicLongArray pageNanos = new AtomicLongArray(pageGates.size());
        List<OutputFile> pages = site.htmlFiles();
        List<List<Problem>> perPage = ParallelMap.of(pages, page -> {
            Document doc = site.html(page.path());
            List<Problem> found = new ArrayList<>(0);
            for (int g = 0; g < checks.size(); g++) {
                long start = System.nanoTime();
                try {
                    found.addAll(checks.get(g).page(page.path(), doc));
                } catch (RuntimeException e) {
                    throw failed(pageGates.get(g), e);
                }
                pageNanos.addAndGet(g, System.nanoTime() - start);
            }
            return found;
        });
        List<Problem> problems = new ArrayList<>();
        perPage.forEach(problems::addAll);
        for (int g = 0; g < checks.size(); g++) {
            long start = System.nanoTime();
            long parsedBefore = site.parseNanos();
            try {
                problems.addAll(checks.get(g).finish());
            } catch (RuntimeException e) {
                throw failed(pageGates.get(g), e);
            }
            long parsing = site.parseNanos() - parsedBefore; // an SVG file parsed for the gate's own look at it
            nanos.put(pageGates.get(g), pageNanos.get(g) + Math.max(0, System.nanoTime() - start - parsing));
        }
        return problems;
    }

    private static PageGate.PageCheck started(PageGate gate, SiteSnapshot site) {
        try {
            return gate.start(site);
        } catch (RuntimeException e) {
            throw failed(gate, e);
        }
    }

    private static IllegalStateException failed(Gate gate, RuntimeException e) {
        return new IllegalStateException("gate " + gate.name() + " failed: " + e.getMessage(), e);
    }

    /**
     * Runs the gates one after another, keeping each one's wall time; for the gates that share the parsed pages
     * ({@code sharing}, all on this thread, the only one that parses), without the pages it happened to parse first.
     */
    private static List<Problem> runAll(List<Gate> gates, SiteSnapshot site, Map<Gate, Long> nanos,
            Map<Gate, int[]> checked, boolean sharing) {
        List<Problem> problems = new ArrayList<>();
        for (Gate gate : gates) {
            long parsedBefore = site.parseNanos();
            long start = System.nanoTime();
            try {
                problems.addAll(gate.check(site, (fresh, pages) -> checked.put(gate, new int[] {fresh, pages})));
            } catch (RuntimeException e) {
                throw failed(gate, e);
            }
            long parsing = sharing ? site.parseNanos() - parsedBefore : 0;
            nanos.put(gate, Math.max(0, System.nanoTime() - start - parsing));
        }
        return problems;
    }
}
