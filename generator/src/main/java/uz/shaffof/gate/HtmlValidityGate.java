package uz.shaffof.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.xml.sax.SAXException;
import uz.shaffof.cache.Fingerprint;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.ParallelMap;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * Every HTML page is valid HTML by the Nu Html Checker ({@code vnu --errors-only}), run in-process and offline.
 * Errors are reported at the start of the offending tag; warnings and info are not reported.
 *
 * <p>Checkers are expensive to build and cheap to use, and not thread-safe, so the gate keeps the ones it has
 * built and lends each to one worker thread at a time; reusing the gate (for example through one
 * {@link Gates} instance) reuses them. This gate reads page bytes, not the shared jsoup documents, so it can run
 * beside the other gates.
 *
 * <p>A page's verdict depends on nothing but its bytes, the URL it is published at and the checker, so the gate
 * can keep verdicts in a {@link VerdictCache}: a page whose verdict is there is not checked again (and a run that
 * finds every verdict there builds no checker at all). The cached verdict is the page's findings as this gate
 * reports them, positions included, so a page that fails from the cache fails exactly as a fresh check would.
 * The checker's identity ({@link #CHECKER}) is in every key: other code, another vnu or other settings find none
 * of these verdicts.
 */
public final class HtmlValidityGate implements StreamingGate {
    /** A broken template repeats its errors on every line; this many per page are enough to fix it. */
    static final int MAX_ERRORS_PER_PAGE = 25;

    private final int threads;
    private final VerdictCache verdicts;
    /** The checker's identity for the verdict cache, or null for {@link #CHECKER}'s (worked out only when needed). */
    private final String checker;
    private final ConcurrentLinkedQueue<NuChecker> idle = new ConcurrentLinkedQueue<>();

    /** A gate using one thread per available processor, keeping no verdicts. */
    public HtmlValidityGate() {
        this(VerdictCache.none());
    }

    /** A gate using one thread per available processor, keeping its verdicts in {@code verdicts}. */
    public HtmlValidityGate(VerdictCache verdicts) {
        this(Runtime.getRuntime().availableProcessors(), verdicts, null);
    }

    /** @param threads how many pages to check at once (and so at most how many checkers to build) */
    public HtmlValidityGate(int threads) {
        this(threads, VerdictCache.none(), null);
    }

    /**
     * @param threads how many pages to check at once
     * @param verdicts where verdicts are kept
     * @param checker the checker's identity in the verdicts' keys, or null for the real one ({@link #CHECKER});
     *     tests give another to stand for another version of the checker
     */
    HtmlValidityGate(int threads, VerdictCache verdicts, String checker) {
        if (threads < 1) throw new IllegalArgumentException("threads " + threads + " must be >= 1");
        this.threads = threads;
        this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
        this.checker = checker;
    }

    /** This gate's {@link #name()}, by which a build's listener hears its time and the pages it checked. */
    public static final String NAME = "html-validity";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean readsParsedPages() {
        return false;
    }

    @Override
    public List<Problem> check(SiteSnapshot site) {
        return check(site, PagesChecked.NONE);
    }

    @Override
    public List<Problem> check(SiteSnapshot site, PagesChecked told) {
        try (Stream stream = stream(site.baseUrl())) {
            return stream.check(site, told);
        }
    }

    /**
     * Starts checking pages as they are told, on {@code threads} threads of the stream's own, each page with a
     * checker borrowed for that page; {@link Stream#check} then checks whatever the finished site has that was not
     * told, or was told with other bytes.
     */
    @Override
    public Stream stream(String baseUrl) {
        return new Stream(baseUrl);
    }

    /**
     * One page's judgement: its verdict, what it was given on ({@link VerdictCache.Run#digest}: the address and the
     * bytes), whether the Nu checker ran for it (rather than the verdict coming from the cache), and whether it is
     * a verdict at all (see {@link Checked}).
     */
    private record Judged(String digest, List<VerdictCache.Finding> findings, boolean fresh, boolean definite) {}

    /** The checking of one site: pages judged as they are told, then the finished site judged with their help. */
    final class Stream implements StreamingGate.Stream {
        private final String baseUrl;
        /** Made when first needed, on the thread judging the first page: its checker's identity takes reading. */
        private VerdictCache.Run run;
        private final ExecutorService pool;
        /** The latest page told at each path, and its judgement: a page told again with other bytes replaces it. */
        private final Map<String, Told> told = new ConcurrentHashMap<>();
        private final AtomicLong firstPage = new AtomicLong();
        private volatile boolean closed;

        private Stream(String baseUrl) {
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"; // as SiteSnapshot has it
            AtomicInteger made = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, work -> {
                Thread t = new Thread(work, "html-validity-" + made.incrementAndGet());
                t.setDaemon(true); // never keeps the process alive: close() stops it, a crash must not wait for it
                return t;
            });
        }

        /** This run of the verdict cache. */
        private synchronized VerdictCache.Run run() {
            if (run == null) run = verdicts.start(checker != null ? checker : CHECKER.get());
            return run;
        }

        @Override
        public void page(OutputFile page) {
            if (closed || !page.isHtml()) return;
            firstPage.compareAndSet(0, System.nanoTime());
            try {
                // The same file told twice (a sink hands back what it already holds) is judged once. Anything else
                // at that path is judged again; the verdict taken in the end is the one on the final bytes anyway.
                told.compute(page.path(), (path, before) -> before != null && before.page() == page ? before
                        : new Told(page, pool.submit(() -> judgeTold(page))));
            } catch (RejectedExecutionException e) {
                // Closed meanwhile: the build is over, nobody will ask for this verdict.
            }
        }

        /** A page as it was told, and its judgement (null when it could not be read). */
        private record Told(OutputFile page, Future<Judged> judged) {}

        @Override
        public long firstPageNanos() {
            return firstPage.get();
        }

        @Override
        public List<Problem> check(SiteSnapshot site, PagesChecked checkedTold) {
            List<OutputFile> pages = site.htmlFiles();
            boolean sameAddresses = site.baseUrl().equals(baseUrl);
            // Each page's final bytes name the verdict it needs; one judged early on exactly these bytes is taken.
            List<Object> found = ParallelMap.of(pages, page -> {
                String address = site.baseUrl() + page.path();
                Judged early = sameAddresses ? judgedEarly(page.path()) : null;
                byte[] bytes = page.bytes();
                String digest = run().digest(address, bytes);
                return early != null && early.digest().equals(digest) ? early : digest;
            });
            List<Future<Judged>> late = new ArrayList<>(pages.size());
            for (int k = 0; k < pages.size(); k++) {
                OutputFile page = pages.get(k);
                late.add(found.get(k) instanceof String digest
                        ? pool.submit(() -> judge(page, site.baseUrl() + page.path(), page.bytes(), digest)) : null);
            }
            int fresh = 0;
            List<Problem> problems = new ArrayList<>();
            for (int k = 0; k < pages.size(); k++) {
                Judged judged = late.get(k) != null ? await(late.get(k)) : (Judged) found.get(k);
                if (judged.fresh()) fresh++;
                String reportPath = SiteSnapshot.reportPath(pages.get(k).path());
                for (VerdictCache.Finding f : judged.findings()) {
                    problems.add(Problem.error(new SourcePos(reportPath, f.line(), f.column()), f.message()));
                }
            }
            run().finish();
            checkedTold.told(fresh, pages.size());
            return problems;
        }

        /** The judgement of the page told at {@code path}, once it is done; null when none was made. */
        private Judged judgedEarly(String path) {
            Told early = told.get(path);
            return early == null ? null : await(early.judged());
        }

        /** A page told early, read from where it was put; null when it cannot be read (it is read again at the end). */
        private Judged judgeTold(OutputFile page) {
            String address = baseUrl + page.path();
            byte[] bytes;
            try {
                bytes = page.bytes();
            } catch (UncheckedIOException e) {
                return null;
            }
            return judge(page, address, bytes, run().digest(address, bytes));
        }

        /** The verdict on {@code bytes} at {@code address}: from the cache, else from a checker lent for this page. */
        private Judged judge(OutputFile page, String address, byte[] bytes, String digest) {
            VerdictCache.Run run = run();
            String key = run.key(address, bytes);
            List<VerdictCache.Finding> cached = run.find(key);
            if (cached != null) return new Judged(digest, cached, false, true);
            NuChecker nu = borrow();
            Checked fresh = checkPage(nu, page, bytes, address);
            // Only a checker that finished normally goes back: one that threw may be in a broken state.
            idle.offer(nu);
            if (fresh.definite()) run.keep(key, fresh.findings());
            return new Judged(digest, fresh.findings(), true, fresh.definite());
        }

        private Judged await(Future<Judged> judging) {
            try {
                return judging.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the Nu Html Checker failed: " + e.getCause(), e.getCause());
            } catch (CancellationException e) {
                throw new IllegalStateException("the HTML check was stopped before its verdict", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking HTML", e);
            }
        }

        @Override
        public void close() {
            closed = true;
            pool.shutdownNow();
            try {
                // A page is a few milliseconds of checking: this waits for the ones being checked, so that none is
                // read after the build lets its staging directory go.
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private NuChecker borrow() {
        NuChecker nu = idle.poll();
        return nu != null ? nu : new NuChecker();
    }

    /**
     * What one check of a page found, and whether that is its verdict: a page the checker could not read (an I/O
     * or parser failure) is reported, but not kept as its verdict, so the next run tries again.
     */
    private record Checked(List<VerdictCache.Finding> findings, boolean definite) {}

    private static Checked checkPage(NuChecker nu, OutputFile page, byte[] bytes, String address) {
        List<NuMessage> messages;
        try {
            // An http(s) system id under the base URL lets vnu judge URLs and the CSP as the published page.
            messages = nu.check(bytes, address);
        } catch (IOException | SAXException e) {
            return new Checked(List.of(new VerdictCache.Finding(1, 1,
                    "the Nu Html Checker could not check this page: " + e.getMessage())), false);
        }
        if (messages.isEmpty()) return new Checked(List.of(), true);
        TagStarts tags = new TagStarts(new String(bytes, StandardCharsets.UTF_8));
        List<VerdictCache.Finding> findings = new ArrayList<>();
        for (int k = 0; k < messages.size(); k++) {
            NuMessage m = messages.get(k);
            int line = 1;
            int column = 1; // the whole page, as SourcePos.file places it
            if (m.line() >= 1 && m.column() >= 1) {
                int[] start = tags.startOf(m.line(), m.column());
                line = start[0];
                column = start[1];
            }
            if (k == MAX_ERRORS_PER_PAGE) {
                findings.add(new VerdictCache.Finding(line, column, (messages.size() - k) + " more HTML errors in this "
                        + "page from here on (only the first " + MAX_ERRORS_PER_PAGE + " of a page are shown)"));
                break;
            }
            findings.add(new VerdictCache.Finding(line, column, m.text()));
        }
        return new Checked(List.copyOf(findings), true);
    }

    /**
     * The identity of this gate's checking, for the verdicts' keys: this gate's code and settings (its class files,
     * with the schema, the errors-only choice and the limit of errors per page), the Java version, and vnu: its
     * version ({@code misc.properties}, which a vnu release stamps with its number; its schemas and language
     * registry ship inside that release), its map of bundled schemas, and the class files that parse, validate and
     * word the messages. vnu's class files are read as bytes, never loaded: loading them would cost a no-op build
     * the time the cache saves. Worked out once per process, when a cache first needs it.
     */
    static final Supplier<String> CHECKER = new Supplier<>() {
        private String identity;

        @Override
        public synchronized String get() {
            if (identity == null) identity = checkerIdentity();
            return identity;
        }
    };

    private static final List<String> VNU_FILES = List.of(
            "/nu/validator/localentities/files/misc.properties",
            "/nu/validator/localentities/files/entitymap",
            "/nu/validator/validation/SimpleDocumentValidator.class",
            "/nu/validator/messages/MessageEmitterAdapter.class",
            "/nu/validator/checker/schematronequiv/Assertions.class",
            "/nu/validator/htmlparser/impl/Tokenizer.class",
            "/nu/validator/htmlparser/impl/TreeBuilder.class");

    private static String checkerIdentity() {
        Fingerprint f = new Fingerprint().text("html-validity").text(System.getProperty("java.version", ""));
        for (Class<?> c : List.of(HtmlValidityGate.class, HtmlValidityGate.Checked.class, HtmlValidityGate.Judged.class,
                HtmlValidityGate.Stream.class, HtmlValidityGate.Stream.Told.class, NuChecker.class,
                NuMessageCollector.class, NuMessage.class, TagStarts.class, VerdictCache.class)) {
            f.classFile(c);
        }
        for (String file : VNU_FILES) f.resource(HtmlValidityGate.class, file);
        return f.hex();
    }
}
