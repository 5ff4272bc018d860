package uz.shaffof.bench;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import uz.shaffof.gate.LinkGate;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * Link checking as the pipeline does it before publishing: the project's {@link LinkGate} over every output path,
 * reading each page's links and ids as the post-processor took them from its own parse
 * ({@link PagePostProcessor#links()}), so no page is parsed a second time and no parsed page is kept. Only a page
 * with a broken link is read and parsed again, with positions, to say on which line and column the link is.
 */
final class LinkCheck {
    /** The base URL the bench site is checked under; root-relative links resolve against it. */
    static final String BASE_URL = "http://localhost/";

    private LinkCheck() {}

    /**
     * The problems the link gate finds in a site of these paths, whose pages' links are {@code links}.
     *
     * @param bytes the bytes of a file of the site (read only for SVG targets of fragment links and for pages with
     *     problems)
     */
    static List<Problem> run(Collection<String> paths, Map<String, LinkGate.PageLinks> links,
                             Function<String, byte[]> bytes, StageClock clock) {
        return clock.time(Stage.LINK_CHECK, () -> {
            List<Problem> found = LinkGate.check(paths, links, BASE_URL, path -> {
                byte[] svg = bytes.apply(path);
                return svg == null ? null : Jsoup.parse(new String(svg, StandardCharsets.UTF_8), "", Parser.xmlParser());
            });
            return LinkGate.locate(found, bytes);
        });
    }

    /** {@link #run} over files held in memory. */
    static List<Problem> run(List<OutputFile> files, Map<String, LinkGate.PageLinks> links, StageClock clock) {
        Map<String, OutputFile> byPath = new HashMap<>();
        for (OutputFile f : files) byPath.put(f.path(), f);
        return run(byPath.keySet(), links, path -> byPath.containsKey(path) ? byPath.get(path).bytes() : null, clock);
    }
}
