package uz.shaffof.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * What a build made: every output file (sorted by path), how many HTML pages each edition got, the warnings it
 * found (errors end a build with {@link uz.shaffof.problem.BuildFailure} instead), how long it took, and which
 * pages it rendered (output paths, sorted): the other pages were taken unchanged from the page cache.
 */
public record BuildResult(List<OutputFile> files, Map<Edition, Integer> pagesPerEdition, List<Problem> warnings,
                          long millis, List<String> renderedPages) {
    public BuildResult {
        files = List.copyOf(files);
        pagesPerEdition = Map.copyOf(pagesPerEdition);
        warnings = List.copyOf(warnings);
        renderedPages = List.copyOf(renderedPages);
    }

    /** A result without page counts (every page counted as reused: for tests and stand-in builders). */
    public BuildResult(List<OutputFile> files, Map<Edition, Integer> pagesPerEdition, List<Problem> warnings,
                       long millis) {
        this(files, pagesPerEdition, warnings, millis, List.of());
    }

    /** The same result with {@code more} warnings, sorted in with the others. */
    public BuildResult withWarnings(List<Problem> more) {
        if (more.isEmpty()) return this;
        List<Problem> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        all.sort(null);
        return new BuildResult(files, pagesPerEdition, all, millis, renderedPages);
    }

    /** The pages of both editions. */
    public int pages() {
        return pagesPerEdition.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The pages whose template did not run in this build: their inputs were unchanged since a cached build. */
    public int reusedPages() {
        return pages() - renderedPages.size();
    }

    /** {@code rendered 4 of 226 pages}. */
    public String renders() {
        return "rendered " + renderedPages.size() + " of " + pages() + " pages";
    }

    /** The summary line printed at the end of a build. */
    public String summary(String verb) {
        return String.format(Locale.ROOT, "%s %d pages in uz (Latin) and %d in oz (Cyrillic), %d files, in %.2f s (%s)",
                verb, pagesPerEdition.getOrDefault(Edition.LATN, 0), pagesPerEdition.getOrDefault(Edition.CYRL, 0),
                files.size(), millis / 1000.0, renders() + ", " + reusedPages() + " reused");
    }
}
