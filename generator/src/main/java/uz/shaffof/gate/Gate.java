package uz.shaffof.gate;

import java.util.List;
import uz.shaffof.problem.Problem;

/**
 * One check over the finished site. A gate never throws for a bad site: it returns every problem it finds, each
 * an error located at {@code site/<path>:line:col}. An empty list means the site may be published as far as this
 * gate is concerned.
 */
public interface Gate {

    /** A short, stable name for logs and reports, for example {@code links}. */
    String name();

    /** Every problem this gate finds in the site, in any order. */
    List<Problem> check(SiteSnapshot site);

    /**
     * As {@link #check(SiteSnapshot)}, and tells {@code checked} how many of the site's pages this gate judged
     * afresh, of how many it judged in all; a gate with a {@link VerdictCache} took the others' verdicts from it.
     * A gate without a cache judges the whole site every time and tells nothing.
     */
    default List<Problem> check(SiteSnapshot site, PagesChecked checked) {
        return check(site);
    }

    /** Told, once per run, how many pages a gate with a verdict cache checked afresh. */
    @FunctionalInterface
    interface PagesChecked {
        PagesChecked NONE = (checked, pages) -> {};

        /** The gate checked {@code checked} of the site's {@code pages} pages and took the other verdicts from its cache. */
        void told(int checked, int pages);
    }

    /**
     * Whether this gate reads the snapshot's parsed jsoup documents. Those are shared by all gates, and jsoup
     * documents are not safe to read from two threads at once (elements cache their child lists lazily), so
     * {@link Gates} runs all such gates on one thread and only the others beside them.
     */
    default boolean readsParsedPages() {
        return true;
    }
}
