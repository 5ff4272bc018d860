package uz.shaffof.gate;

import java.util.List;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * A gate whose verdict on a page depends on that page alone (and its address), so it can judge each page as soon as
 * the page is made, while the build is still making the others, instead of waiting for the whole site: the
 * HTML-validity gate. What it judged early is only a head start: {@link Stream#check} judges the finished site as
 * {@link #check(SiteSnapshot, PagesChecked)} does, taking an early verdict only for a page whose final bytes are
 * the bytes it judged, so the problems are the same whether pages were told early, late or not at all.
 */
public interface StreamingGate extends Gate {

    /**
     * Starts judging pages of a site to be published under {@code baseUrl} as they are told. The stream must be
     * closed; its work runs on threads of its own.
     */
    Stream stream(String baseUrl);

    /** One run of a streaming gate over one site, from its first page to its verdict. */
    interface Stream extends AutoCloseable {
        /** A page of the site exists now (it may be told again, with other bytes, later). Thread-safe, returns at once. */
        void page(OutputFile page);

        /**
         * The gate's problems with the finished {@code site}, every page judged by its final bytes, as
         * {@link Gate#check(SiteSnapshot, PagesChecked)} gives them; waits for what is still being judged.
         */
        List<Problem> check(SiteSnapshot site, PagesChecked checked);

        /** {@link System#nanoTime()} when this stream was first told a page, or 0 when it has not been told any. */
        long firstPageNanos();

        /** Stops judging and waits until none of its threads reads a page any more (the pages may be deleted next). */
        @Override
        void close();
    }
}
