package uz.shaffof.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;

/**
 * Practice for {@code serve}'s first edits: renders one page of each template, in both editions, a few times over,
 * and throws the pages away.
 *
 * <p>Why: {@code serve}'s first build takes its pages from the page cache, so no template has run in the process
 * when the editor makes the first edit. The JVM then compiles the template engine's code while it renders that
 * edit's pages: rendering ten pages took 245–267 ms on the first one or two edits and 120–200 ms later, which put the
 * first edit after start over the 300 ms an editor should wait for the preview (docs/BENCHMARKS.md, "Serve").
 * The practice runs that code while the editor reads, so the first edit finds it compiled.
 *
 * <p>It changes nothing a build makes: the pages are rendered from the last build's own plans with a cache that
 * keeps nothing ({@link PageCache#none()}), and nothing is written.
 */
final class PagePractice {
    /** As many rounds as the chart practice: on the real site (17 templates) they take 0.15–0.5 s of one core. */
    static final int ROUNDS = 4;

    /** How a page is rendered: {@link PageRenderer#render}. */
    @FunctionalInterface
    interface Rendering {
        OutputFile render(PagePlan plan, Edition edition, PageCache.Run cache);
    }

    private final Rendering renderer;
    private final List<PagePlan> samples;
    private final String templatesFingerprint;

    private PagePractice(Rendering renderer, List<PagePlan> samples, String templatesFingerprint) {
        this.renderer = renderer;
        this.samples = List.copyOf(samples);
        this.templatesFingerprint = templatesFingerprint;
    }

    /** A practice on the first page of each template among {@code plans}, with the renderer that rendered them. */
    static PagePractice of(Rendering renderer, List<PagePlan> plans, String templatesFingerprint) {
        Set<String> seen = new HashSet<>();
        List<PagePlan> samples = new ArrayList<>();
        for (PagePlan plan : plans) {
            if (seen.add(plan.template())) samples.add(plan);
        }
        return new PagePractice(renderer, samples, templatesFingerprint);
    }

    /** The pages it practises on, one per template. */
    List<PagePlan> samples() {
        return samples;
    }

    /**
     * Renders every sample in both editions {@value #ROUNDS} times, on the calling thread, asking {@code stop} before
     * each page: a build that begins has the CPU to itself after at most one page.
     *
     * @return true when it practised to the end, false when {@code stop} ended it
     */
    boolean run(BooleanSupplier stop) {
        for (int round = 0; round < ROUNDS; round++) {
            PageCache.Run nothingKept = PageCache.none().startWith(templatesFingerprint);
            for (PagePlan plan : samples) {
                for (Edition e : Edition.values()) {
                    if (stop.getAsBoolean()) return false;
                    renderer.render(plan, e, nothingKept);
                }
            }
        }
        return true;
    }
}
