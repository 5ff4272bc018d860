package uz.shaffof.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.site.PageSource;

/**
 * Traces the gates' problems back to what an editor can fix. The gates check generated files and name them as
 * {@code site/<path>:line:col}; an editor did not write that file and may not have a {@code site/} at all
 * ({@code --out pub}). So a problem in a page made from one content file is reported at that file (and at the line
 * that holds the offending URL, for a page made from Markdown), with the generated place kept after it:
 * {@code content/reports/x.md:14:5: broken link ... (in pub/uz/reports/x/index.html:53:6)}. A problem in a page made
 * from the whole site (a list page, a template's own markup) keeps its generated place, named under the output
 * directory as the user gave it.
 */
final class GateLocations {
    /** The gates name a generated file with this prefix, whatever the output directory is. */
    private static final String GATE_PREFIX = "site/";
    /** The first quoted attribute value in a message ({@code <a href="/uz/nope/">}): what the editor wrote. */
    private static final Pattern QUOTED = Pattern.compile("=\"([^\"]+)\"");

    private GateLocations() {}

    /**
     * @param sources the content each page was made from, by output path ({@code uz/reports/x/index.html})
     * @param outDisplay the output directory as messages name it ({@code site}, {@code pub})
     */
    static List<Problem> trace(List<Problem> problems, Map<String, PageSource> sources, String outDisplay) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            String path = p.pos().path();
            if (!path.startsWith(GATE_PREFIX)) {
                out.add(p);
                continue;
            }
            String file = path.substring(GATE_PREFIX.length());
            SourcePos generated = SourcePos.of(outDisplay + "/" + file, p.pos().line(), p.pos().column());
            PageSource source = sources.get(file);
            if (source == null) {
                out.add(new Problem(generated, p.severity(), p.message()));
            } else {
                out.add(new Problem(source.find(quoted(p.message())), p.severity(),
                        p.message() + " (in " + generated + ")"));
            }
        }
        return out.stream().sorted().toList();
    }

    private static String quoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : null;
    }
}
