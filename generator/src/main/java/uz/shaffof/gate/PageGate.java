package uz.shaffof.gate;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * A gate that judges each HTML page from its parsed document, one page at a time, and then the site from the
 * compact facts it kept of each page (the links gate: each page's links and ids; no gate keeps a document).
 * {@link Gates} parses a page once for every such gate and lets the document go before the next page, so the
 * memory of the gates grows with those facts, not with the site's text.
 */
public interface PageGate extends Gate {

    /** Starts a check of {@code site}: the check is then told every HTML page, then finished. */
    PageCheck start(SiteSnapshot site);

    /** One run of a page gate over one site. */
    interface PageCheck {
        /**
         * The problems of the page at {@code path} that it has on its own, keeping what a check across pages needs
         * of it. Called once for each HTML page, from several threads at once (each document on one thread only).
         */
        List<Problem> page(String path, Document doc);

        /** The problems found across pages, and in the site's files other than pages; once every page was told. */
        default List<Problem> finish() {
            return List.of();
        }
    }

    /** Every page in path order, each parsed for this gate alone: for a gate run on its own (tests, tools). */
    @Override
    default List<Problem> check(SiteSnapshot site) {
        PageCheck check = start(site);
        List<Problem> problems = new ArrayList<>();
        for (OutputFile page : site.htmlFiles()) problems.addAll(check.page(page.path(), site.html(page.path())));
        problems.addAll(check.finish());
        return problems;
    }
}
