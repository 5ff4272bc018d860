package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * A gate that judges the site's HTML pages in two steps. First it {@linkplain #read reads} each page's parse into
 * compact {@link PageFacts} (the problems the page has on its own, and what a judgement across files needs of it:
 * the links gate's links and ids, the integrity gate's script and style sheet references). Then it
 * {@linkplain PageCheck#page judges} each page from its facts and the site as it is (whether a link's target
 * exists, whether a file still has the hash a page pins), and finally the site as a whole.
 *
 * <p>The facts depend on nothing but the page's bytes, its path and the site's base URL, so {@link Gates} can
 * keep them in a {@link PageFactsCache} and parse only the pages whose bytes changed; anything that depends on
 * another file must be judged in the second step, on every run. {@link Gates} parses a page once for every such
 * gate and lets the document go before the next page: the gates' memory grows with the facts, not the site's text.
 *
 * @param <F> the kind of facts this gate reads of a page
 */
public interface PageGate<F extends PageFacts> extends Gate {

    /**
     * What this gate learns of the page at {@code path} from its parse. Called from several threads at once (each
     * document on one thread only); it must depend on nothing but {@code doc}, {@code path} and {@code urls} (the
     * site's base URL), and must not look at any other file of the site.
     */
    F read(String path, Document doc, SiteUrls urls);

    /** Whether this gate also reads the site's SVG files ({@link #readSvg}): they are documents of the site too. */
    default boolean readsSvgFiles() {
        return false;
    }

    /**
     * What this gate learns of the SVG file at {@code path} from its XML parse, as {@link #read} for a page; asked
     * only of a gate that {@linkplain #readsSvgFiles reads SVG files}.
     */
    default F readSvg(String path, Document svg, SiteUrls urls) {
        throw new UnsupportedOperationException(name() + " reads no SVG file");
    }

    /** The facts {@link PageFacts#write} wrote; an {@link IOException} when the bytes are not such facts. */
    F decode(DataInputStream in) throws IOException;

    /** Starts a check of {@code site}: the check is then told every HTML page's facts, then finished. */
    PageCheck<F> start(SiteSnapshot site);

    /** One run of a page gate over one site. */
    interface PageCheck<F> {
        /**
         * The problems of the page at {@code path}, judged from its facts and the site, keeping what a check across
         * pages needs of them. Called once for each HTML page, from several threads at once.
         */
        List<Problem> page(String path, F facts);

        /** As {@link #page}, for an SVG file of the site (told only to a gate that reads them). */
        default List<Problem> svg(String path, F facts) {
            return List.of();
        }

        /** The problems found across pages, and in the site's files other than pages; once every page was told. */
        default List<Problem> finish() {
            return List.of();
        }
    }

    /**
     * Every page in path order (then every SVG file, for a gate that reads them), each parsed for this gate alone:
     * for a gate run on its own (tests, tools).
     */
    @Override
    default List<Problem> check(SiteSnapshot site) {
        PageCheck<F> check = start(site);
        List<Problem> problems = new ArrayList<>();
        for (OutputFile page : site.htmlFiles()) {
            problems.addAll(check.page(page.path(), read(page.path(), site.html(page.path()), site.urls())));
        }
        if (readsSvgFiles()) {
            for (OutputFile svg : site.filesEndingWith(".svg")) {
                problems.addAll(check.svg(svg.path(), readSvg(svg.path(), site.svg(svg.path()), site.urls())));
            }
        }
        problems.addAll(check.finish());
        return problems;
    }
}
