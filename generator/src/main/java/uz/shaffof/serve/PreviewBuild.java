package uz.shaffof.serve;

import java.util.ArrayList;
import java.util.List;
import uz.shaffof.build.Build;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.gate.Gate;
import uz.shaffof.gate.Gates;
import uz.shaffof.gate.HtmlValidityGate;
import uz.shaffof.gate.PageFactsCache;
import uz.shaffof.site.PageCache;

/**
 * {@link Build#generate(BuildListener)} for a process that builds many times: one {@link Build} is kept, so its
 * content loader (parsed JSON schemas) and gates (Nu Html Checkers) are made once; the HTML validity gate checks
 * only the pages whose bytes changed since the last build ({@link IncrementalHtmlValidity}; its verdict on a page
 * depends on nothing else); the other gates parse only those pages too, and judge the rest from the facts they read
 * of them last time ({@link PageFactsCache#inMemory()}); rendered pages are kept in memory
 * ({@link PageCache#inMemory}), so a rebuild runs the templates only of pages whose inputs changed; and the chart
 * engine, once started, stays up, so a rebuild that redraws a chart does not start JavaScript and load ECharts
 * again. The stages are {@code Build}'s own, so the result is the same files, warnings and problems as
 * {@code Build.generate()} gives ({@code RealProjectServeIT} checks it).
 *
 * <p>It tells {@link BuildListener#generated} when the files are ready and only the gates are left, so that
 * the preview can reload before the gates finish. Nothing is written to {@code options.out()}; the caches
 * ({@code options.cache()}: charts and pages) are used as by any build.
 */
public final class PreviewBuild implements SiteBuilder, AutoCloseable {
    /** The stage names, in order, as a {@link BuildListener} hears them. */
    public static final List<String> STAGES = Build.STAGES;

    private final BuildOptions options;
    private final IncrementalHtmlValidity htmlValidity = new IncrementalHtmlValidity(new HtmlValidityGate());
    private final Build build;
    private boolean rehearsed;

    public PreviewBuild(BuildOptions options) {
        this.options = options;
        List<Gate> all = new ArrayList<>();
        for (Gate g : Gates.standard().gates()) all.add(g instanceof HtmlValidityGate ? htmlValidity : g);
        this.build = Build.forRepeatedBuilds(options, new Gates(all, PageFactsCache.inMemory()),
                PageCache.inMemory(Build.pageCacheDir(options)));
    }

    /** Stops the chart engine kept warm between builds. */
    @Override
    public void close() {
        build.close();
    }

    public BuildOptions options() {
        return options;
    }

    /**
     * Builds the site; afterwards, while the editor reads the result, the chart engine is started in the background
     * if this build did not need it, so that the first edit that redraws a chart finds it ready.
     */
    @Override
    public BuildResult build(BuildListener listener) {
        try {
            return build.generate(listener);
        } finally {
            build.prepareForEdits();
        }
    }

    /**
     * Once, after the first build: builds again, unseen. The first build runs much of a rebuild's code only once (the
     * loading and checking of every file, the site-wide files, the diff against the last build), and the JVM
     * compiles a method only after it has run many times, so the first edit after start ran that code barely
     * compiled. The second build gives the same files (every cache is keyed by what it was made from), so nothing
     * is shown or told; an edit saved meanwhile waits for it, as for any build, and is then built as usual.
     */
    @Override
    public void rehearse() {
        if (rehearsed) return;
        rehearsed = true;
        try {
            build.generate(BuildListener.NONE);
        } catch (RuntimeException | StackOverflowError e) {
            // Only a rehearsal: a real build meets the same failure and reports it.
        } finally {
            build.prepareForEdits();
        }
    }
}
