package uz.shaffof.gate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.xml.sax.SAXException;
import uz.shaffof.cache.Fingerprint;
import uz.shaffof.output.OutputFile;
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
public final class HtmlValidityGate implements Gate {
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
        List<OutputFile> pages = site.htmlFiles();
        VerdictCache.Run run = verdicts.start(checker != null ? checker : CHECKER.get());
        AtomicReferenceArray<List<VerdictCache.Finding>> results = new AtomicReferenceArray<>(pages.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        int workers = Math.min(threads, pages.size());
        ExecutorService pool = workers == 0 ? null : Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    NuChecker nu = null; // built only for the first page this worker finds no verdict for
                    for (int k = next.getAndIncrement(); k < pages.size(); k = next.getAndIncrement()) {
                        OutputFile page = pages.get(k);
                        String address = address(site, page);
                        String key = run.key(address, page.bytes());
                        List<VerdictCache.Finding> verdict = run.find(key);
                        if (verdict == null) {
                            if (nu == null) nu = borrow();
                            checked.incrementAndGet();
                            Checked fresh = checkPage(nu, page, address);
                            verdict = fresh.findings();
                            if (fresh.definite()) run.keep(key, verdict);
                        }
                        results.set(k, verdict);
                    }
                    // Only a checker that finished normally goes back: one that threw may be in a broken state.
                    if (nu != null) idle.offer(nu);
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Nu Html Checker failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking HTML", e);
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        run.finish();
        told.told(checked.get(), pages.size());
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) {
            String reportPath = SiteSnapshot.reportPath(pages.get(k).path());
            for (VerdictCache.Finding f : results.get(k)) {
                problems.add(Problem.error(new SourcePos(reportPath, f.line(), f.column()), f.message()));
            }
        }
        return problems;
    }

    /** The URL the page is published at: vnu judges URLs and the CSP as the published page's. */
    private static String address(SiteSnapshot site, OutputFile page) {
        return site.baseUrl() + page.path();
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

    private static Checked checkPage(NuChecker nu, OutputFile page, String address) {
        List<NuMessage> messages;
        try {
            // An http(s) system id under the base URL lets vnu judge URLs and the CSP as the published page.
            messages = nu.check(page.bytes(), address);
        } catch (IOException | SAXException e) {
            return new Checked(List.of(new VerdictCache.Finding(1, 1,
                    "the Nu Html Checker could not check this page: " + e.getMessage())), false);
        }
        if (messages.isEmpty()) return new Checked(List.of(), true);
        TagStarts tags = new TagStarts(page.text());
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
        for (Class<?> c : List.of(HtmlValidityGate.class, HtmlValidityGate.Checked.class, NuChecker.class,
                NuMessageCollector.class, NuMessage.class, TagStarts.class, VerdictCache.class)) {
            f.classFile(c);
        }
        for (String file : VNU_FILES) f.resource(HtmlValidityGate.class, file);
        return f.hex();
    }
}
