package uz.shaffof.gate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.xml.sax.SAXException;
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
 */
public final class HtmlValidityGate implements Gate {
    /** A broken template repeats its errors on every line; this many per page are enough to fix it. */
    static final int MAX_ERRORS_PER_PAGE = 25;

    private final int threads;
    private final ConcurrentLinkedQueue<NuChecker> idle = new ConcurrentLinkedQueue<>();

    /** A gate using one thread per available processor. */
    public HtmlValidityGate() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many pages to check at once (and so at most how many checkers to build) */
    public HtmlValidityGate(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads " + threads + " must be >= 1");
        this.threads = threads;
    }

    @Override
    public String name() {
        return "html-validity";
    }

    @Override
    public boolean readsParsedPages() {
        return false;
    }

    @Override
    public List<Problem> check(SiteSnapshot site) {
        List<OutputFile> pages = site.htmlFiles();
        if (pages.isEmpty()) return List.of();
        AtomicReferenceArray<List<Problem>> results = new AtomicReferenceArray<>(pages.size());
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, pages.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    NuChecker checker = borrow();
                    for (int k = next.getAndIncrement(); k < pages.size(); k = next.getAndIncrement()) {
                        results.set(k, checkPage(checker, site, pages.get(k)));
                    }
                    // Only a checker that finished normally goes back: one that threw may be in a broken state.
                    idle.offer(checker);
                }));
            }
            for (Future<?> f : running) f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Nu Html Checker failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking HTML", e);
        } finally {
            pool.shutdownNow();
        }
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) problems.addAll(results.get(k));
        return problems;
    }

    private NuChecker borrow() {
        NuChecker checker = idle.poll();
        return checker != null ? checker : new NuChecker();
    }

    private static List<Problem> checkPage(NuChecker checker, SiteSnapshot site, OutputFile page) {
        List<NuMessage> messages;
        try {
            // An http(s) system id under the base URL lets vnu judge URLs and the CSP as the published page.
            messages = checker.check(page.bytes(), site.baseUrl() + page.path());
        } catch (IOException | SAXException e) {
            return List.of(Problem.error(PagePos.file(page.path()),
                    "the Nu Html Checker could not check this page: " + e.getMessage()));
        }
        if (messages.isEmpty()) return List.of();
        TagStarts tags = new TagStarts(page.text());
        String reportPath = SiteSnapshot.reportPath(page.path());
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < messages.size(); k++) {
            NuMessage m = messages.get(k);
            SourcePos pos = SourcePos.file(reportPath);
            if (m.line() >= 1 && m.column() >= 1) {
                int[] start = tags.startOf(m.line(), m.column());
                pos = SourcePos.of(reportPath, start[0], start[1]);
            }
            if (k == MAX_ERRORS_PER_PAGE) {
                problems.add(Problem.error(pos, (messages.size() - k) + " more HTML errors in this page from here on "
                        + "(only the first " + MAX_ERRORS_PER_PAGE + " of a page are shown)"));
                break;
            }
            problems.add(Problem.error(pos, m.text()));
        }
        return problems;
    }
}
