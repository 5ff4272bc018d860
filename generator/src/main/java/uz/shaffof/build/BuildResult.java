package uz.shaffof.build;

import java.util.List;
import java.util.Map;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * What a build made: every output file (sorted by path), how many HTML pages each edition got, and the
 * warnings it found (errors end a build with {@link uz.shaffof.problem.BuildFailure} instead).
 */
public record BuildResult(List<OutputFile> files, Map<Edition, Integer> pagesPerEdition, List<Problem> warnings,
                          long millis) {
    public BuildResult {
        files = List.copyOf(files);
        pagesPerEdition = Map.copyOf(pagesPerEdition);
        warnings = List.copyOf(warnings);
    }

    /** The summary line printed at the end of a build. */
    public String summary(String verb) {
        return String.format(java.util.Locale.ROOT, "%s %d pages in uz (Latin) and %d in oz (Cyrillic), %d files, in %.2f s",
                verb, pagesPerEdition.getOrDefault(Edition.LATN, 0), pagesPerEdition.getOrDefault(Edition.CYRL, 0),
                files.size(), millis / 1000.0);
    }
}
