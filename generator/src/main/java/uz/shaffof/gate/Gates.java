package uz.shaffof.gate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.nodes.Document;
import uz.shaffof.cache.Fingerprint;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildStages;
import uz.shaffof.pipeline.ParallelMap;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * The gates a site must pass before it is published, run together.
 *
 * <pre><code>List&lt;Problem&gt; problems = Gates.standard().run(new SiteSnapshot(files, baseUrl));
 * if (!problems.isEmpty()) throw new BuildFailure("gates", problems);</code></pre>
 *
 * <p>The {@link PageGate}s run together, page by page: each page is parsed once, read by each of them into its
 * {@link PageFacts}, and let go (pages in parallel, a document only ever on one thread); a page whose facts are in
 * the {@link PageFactsCache} is not parsed at all. Each gate judges every page from its facts and the site as it
 * is, then the site from what it kept. Other gates that read parsed pages run after them on the same thread; every
 * other gate runs on its own thread beside them. A gate that throws is a bug, not a finding: {@link #run} then
 * throws too, so that the site is never published on a partial check.
 */
public final class Gates {
    private final List<Gate> gates;
    private final PageFactsCache facts;
    /** The page gates' identity in the facts cache's keys, once worked out. */
    private String identity;

    /** @param gates the gates to run, in the order their names are listed; every page is parsed on every run */
    public Gates(List<Gate> gates) {
        this(gates, PageFactsCache.none());
    }

    /**
     * @param gates the gates to run, in the order their names are listed
     * @param facts where the page gates' facts of each page are kept, so that a page whose bytes they have read
     *     before (at the same address, by the same code) is not parsed again
     */
    public Gates(List<Gate> gates, PageFactsCache facts) {
        this.gates = List.copyOf(Objects.requireNonNull(gates, "gates must not be null"));
        this.facts = Objects.requireNonNull(facts, "facts must not be null");
    }

    /**
     * Every gate of the project: links and anchors, Latin/Cyrillic twins, script safety, CSP, subresource
     * integrity, no third-party requests, and HTML validity, which checks every page on every run. Keep the
     * instance to reuse the HTML checkers.
     */
    public static Gates standard() {
        return standard(VerdictCache.none(), PageFactsCache.none());
    }

    /**
     * The gates of {@link #standard()}, with the HTML-validity gate keeping its verdicts in {@code verdicts} (a page
     * whose bytes it has judged before, at the same address, with the same checker, is not checked again) and the
     * page gates keeping what they read of each page in {@code facts} (such a page is not parsed again; what depends
     * on other files is judged on every run).
     */
    public static Gates standard(VerdictCache verdicts, PageFactsCache facts) {
        return new Gates(List.of(new LinkGate(), new TwinGate(), new ScriptSafetyGate(), new CspGate(),
                new IntegrityGate(), new ThirdPartyGate(), new HtmlValidityGate(verdicts)), facts);
    }


    public List<Gate> gates() {
        return gates;
    }

    /**
     * The name under which the time spent parsing pages (and SVG files) for the gates that share them is told, and
     * how many of the site's HTML pages were parsed: the page gates took the others' facts from their cache.
     */
    public static final String SHARED_PARSE = "parse pages (jsoup, shared)";

    /** The name under which the time spent looking up, reading and keeping the page gates' facts is told. */
    public static final String FACTS_CACHE = "page facts (cache)";

    /** Runs every gate over the site and returns all their problems, without duplicates, in path/line order. */
    public List<Problem> run(SiteSnapshot site) {
        return run(site, BuildListener.NONE);
    }

    /**
     * As {@link #run(SiteSnapshot)}, and tells {@code listener}, as parts of the {@value BuildStages#GATES} stage
     * ({@link BuildListener#partEnded}), each gate's wall time, by its {@link Gate#name()}, in the order of
     * {@link #gates()}, then the time spent parsing the pages shared by the gates that read them
     * ({@value #SHARED_PARSE}; not counted in the gate that happened to ask first) and, when there are page gates,
     * the time spent on their facts cache ({@value #FACTS_CACHE}); then ({@link BuildListener#partCounted}) the pages
     * checked afresh by each gate that keeps verdicts, and the pages parsed for the page gates (as
     * {@value #SHARED_PARSE}). Told on the calling thread, once every gate has run.
     */
    public List<Problem> run(SiteSnapshot site, BuildListener listener) {
        Objects.requireNonNull(site, "site must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        Map<Gate, Long> nanos = new ConcurrentHashMap<>();
        Map<Gate, int[]> checked = new ConcurrentHashMap<>();
        AtomicLong cacheNanos = new AtomicLong();
        AtomicReference<int[]> parsedPages = new AtomicReference<>(); // {parsed, pages}, once the page gates ran
        List<Callable<List<Problem>>> tasks = new ArrayList<>();
        List<PageGate<?>> pageGates = new ArrayList<>();
        for (Gate gate : gates) if (gate instanceof PageGate<?> pg) pageGates.add(pg);
        List<Gate> sharing = gates.stream().filter(g -> !(g instanceof PageGate)).filter(Gate::readsParsedPages).toList();
        if (!pageGates.isEmpty() || !sharing.isEmpty()) {
            tasks.add(() -> {
                List<Problem> problems = new ArrayList<>(runPageByPage(pageGates, site, nanos, parsedPages, cacheNanos));
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
            if (!pageGates.isEmpty()) listener.partEnded(BuildStages.GATES, FACTS_CACHE, cacheNanos.get());
            for (Gate gate : gates) {
                int[] counts = checked.get(gate);
                if (counts != null) listener.partCounted(BuildStages.GATES, gate.name(), counts[0], counts[1]);
            }
            int[] parsed = parsedPages.get();
            if (parsed != null) listener.partCounted(BuildStages.GATES, SHARED_PARSE, parsed[0], parsed[1]);
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
     * Runs the page gates together: each HTML page's facts (and each SVG file's, for the gates that read them) come
     * from the cache when its bytes, address and the page gates are those of an entry there; otherwise the document is
     * parsed once, on whichever worker takes it, read by every page gate, and let go before that worker takes the
     * next (and its facts are kept). Each gate then judges the document from its facts, and finally what it kept
     * across them. The time of each gate is the sum over documents of its own work (on several threads) and its
     * finish; the parse and the cache are told apart.
     */
    private List<Problem> runPageByPage(List<PageGate<?>> pageGates, SiteSnapshot site, Map<Gate, Long> nanos,
            AtomicReference<int[]> parsed, AtomicLong cacheNanos) {
        if (pageGates.isEmpty()) return List.of();
        List<Running<?>> running = new ArrayList<>();
        for (int g = 0; g < pageGates.size(); g++) running.add(started(pageGates.get(g), g, site));
        List<Running<?>> svgReaders = running.stream().filter(r -> r.gate.readsSvgFiles()).toList();
        PageFactsCache.Run cache = facts.start(facts.keepsAnything() ? identity(pageGates) : "");
        AtomicLongArray gateNanos = new AtomicLongArray(pageGates.size());
        AtomicInteger parsedPages = new AtomicInteger();
        List<OutputFile> pages = site.htmlFiles();
        List<OutputFile> documents = new ArrayList<>(pages);
        if (!svgReaders.isEmpty()) documents.addAll(site.filesEndingWith(".svg"));
        List<List<Problem>> perDocument = ParallelMap.of(documents, file -> {
            String path = file.path();
            boolean svg = SiteSnapshot.isSvg(path);
            List<Running<?>> readers = svg ? svgReaders : running;
            long lookup = System.nanoTime();
            String key = cache.key(site.baseUrl() + path, file.bytes());
            List<Running<?>.Facts> found = decoded(readers, cache, key);
            cacheNanos.addAndGet(System.nanoTime() - lookup);
            if (found == null) {
                if (!svg) parsedPages.incrementAndGet();
                Document doc = svg ? site.svg(path) : site.html(path);
                found = new ArrayList<>(readers.size());
                for (Running<?> r : readers) {
                    long start = System.nanoTime();
                    found.add(svg ? r.readSvg(path, doc, site.urls()) : r.read(path, doc, site.urls()));
                    gateNanos.addAndGet(r.index, System.nanoTime() - start);
                }
                long keep = System.nanoTime();
                if (key != null) cache.keep(key, encoded(found));
                cacheNanos.addAndGet(System.nanoTime() - keep);
            }
            List<Problem> problems = new ArrayList<>(0);
            for (Running<?>.Facts f : found) {
                long start = System.nanoTime();
                problems.addAll(f.judge(path, svg));
                gateNanos.addAndGet(f.gateIndex(), System.nanoTime() - start);
            }
            return problems;
        });
        long finishing = System.nanoTime();
        cache.finish();
        cacheNanos.addAndGet(System.nanoTime() - finishing);
        List<Problem> problems = new ArrayList<>();
        perDocument.forEach(problems::addAll);
        for (Running<?> r : running) {
            long start = System.nanoTime();
            long parsedBefore = site.parseNanos();
            problems.addAll(r.finish());
            long parsing = site.parseNanos() - parsedBefore; // a document parsed for the gate's own look at it
            nanos.put(r.gate, gateNanos.get(r.index) + Math.max(0, System.nanoTime() - start - parsing));
        }
        parsed.set(new int[] {parsedPages.get(), pages.size()});
        return problems;
    }

    /** The facts of every page gate in the entry under {@code key}, or null when it has none they can all read. */
    private static List<Running<?>.Facts> decoded(List<Running<?>> running, PageFactsCache.Run cache, String key) {
        byte[] bytes = cache.find(key);
        if (bytes == null) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            List<Running<?>.Facts> found = new ArrayList<>(running.size());
            for (Running<?> r : running) found.add(r.decode(in));
            if (in.available() != 0) return null; // more than these gates wrote: not their entry
            cache.used(key, bytes);
            return found;
        } catch (IOException | RuntimeException e) {
            // Bytes that are not these gates' facts (a foreign entry that passed the store's checks): parse again.
            return null;
        }
    }

    private static byte[] encoded(List<Running<?>.Facts> facts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Running<?>.Facts f : facts) f.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The identity of the page gates for the facts cache's keys: their names and classes in order, the code that
     * reads facts from a parse (each gate's class with its nested classes, the helpers they read pages with, this
     * class and the cache), the jsoup parser's code, and the Java version. Another generator, another jsoup or
     * another set of gates finds none of these facts. Worked out once per instance, when a cache first needs it;
     * class files are read as bytes.
     */
    private synchronized String identity(List<PageGate<?>> pageGates) {
        if (identity == null) {
            Fingerprint f = new Fingerprint().text("page-facts").text(System.getProperty("java.version", ""));
            for (PageGate<?> gate : pageGates) {
                f.text(gate.name());
                classAndNest(f, gate.getClass());
            }
            for (Class<?> c : List.of(Gates.class, PageGate.class, PageFacts.class, PageFindings.class,
                    PageFactsCache.class, FactsCodec.class, SiteSnapshot.class, SiteUrls.class, UrlTarget.class,
                    PagePos.class, RelTokens.class, Srcset.class, VerdictCache.Finding.class, SourcePos.class)) {
                classAndNest(f, c);
            }
            for (String file : JSOUP_FILES) f.resource(Gates.class, file);
            identity = f.hex();
        }
        return identity;
    }

    /** The class files of jsoup that decide what a page parses to. */
    private static final List<String> JSOUP_FILES = List.of(
            "/org/jsoup/parser/Tokeniser.class",
            "/org/jsoup/parser/TokeniserState.class",
            "/org/jsoup/parser/HtmlTreeBuilder.class",
            "/org/jsoup/parser/HtmlTreeBuilderState.class",
            "/org/jsoup/parser/CharacterReader.class",
            "/org/jsoup/nodes/Entities.class",
            "/org/jsoup/nodes/Element.class",
            "/org/jsoup/select/QueryParser.class");

    /** Adds {@code c}'s class file and those of its nested, inner and anonymous classes (its nest). */
    private static void classAndNest(Fingerprint f, Class<?> c) {
        List<Class<?>> nest = new ArrayList<>(List.of(c.getNestHost().getNestMembers()));
        nest.sort(Comparator.comparing(Class::getName)); // the same order on every run
        for (Class<?> member : nest) f.classFile(member);
    }

    /** One page gate's run over one site, holding its check; ties each document's facts to it without a cast. */
    private static final class Running<F extends PageFacts> {
        private final PageGate<F> gate;
        private final PageGate.PageCheck<F> check;
        /** The gate's place among the page gates. */
        private final int index;

        Running(PageGate<F> gate, PageGate.PageCheck<F> check, int index) {
            this.gate = gate;
            this.check = check;
            this.index = index;
        }

        Facts read(String path, Document doc, SiteUrls urls) {
            try {
                return new Facts(gate.read(path, doc, urls));
            } catch (RuntimeException e) {
                throw failed(gate, e);
            }
        }

        Facts readSvg(String path, Document svg, SiteUrls urls) {
            try {
                return new Facts(gate.readSvg(path, svg, urls));
            } catch (RuntimeException e) {
                throw failed(gate, e);
            }
        }

        Facts decode(DataInputStream in) throws IOException {
            return new Facts(gate.decode(in));
        }

        List<Problem> finish() {
            try {
                return check.finish();
            } catch (RuntimeException e) {
                throw failed(gate, e);
            }
        }

        /** One document's facts as this gate read them. */
        final class Facts {
            private final F value;

            Facts(F value) {
                this.value = Objects.requireNonNull(value, "facts");
            }

            int gateIndex() {
                return index;
            }

            void write(DataOutputStream out) throws IOException {
                value.write(out);
            }

            List<Problem> judge(String path, boolean svg) {
                try {
                    return svg ? check.svg(path, value) : check.page(path, value);
                } catch (RuntimeException e) {
                    throw failed(gate, e);
                }
            }
        }
    }

    private static <F extends PageFacts> Running<F> started(PageGate<F> gate, int index, SiteSnapshot site) {
        try {
            return new Running<>(gate, gate.start(site), index);
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
