package uz.shaffof.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shaffof:new}: a valid, commented starting file for a report, indicator, chart or a region's data
 * ({@code shaffof new}), so that a site made from the template, which has no {@code shaffof.jar}, starts one as the
 * command does: {@code ./mvnw shaffof:new -Dshaffof.kind=report -Dshaffof.name=my-report}. Bound to no phase.
 */
@Mojo(name = "new", requiresProject = true, threadSafe = true)
public class NewMojo extends ShaffofMojo {
    /** What to start: {@code report}, {@code indicator}, {@code chart} or {@code region-data}. */
    @Parameter(property = "shaffof.kind", required = true)
    String kind;

    /** The id ({@code content/reports/NAME.md}, {@code indicators/NAME.json}, {@code charts/NAME.json}), or the
     *  spreadsheet's file name ({@code region-data}). */
    @Parameter(property = "shaffof.name", required = true)
    String name;

    /** The script the file's text is written in: {@code latn} or {@code cyrl}. */
    @Parameter(property = "shaffof.script", defaultValue = "latn")
    String script;

    /** report: the document's id in {@code sources.json} (default: the first). */
    @Parameter(property = "shaffof.source")
    String source;

    /** chart: the indicator to draw (default: the first with figures). */
    @Parameter(property = "shaffof.dataset")
    String dataset;

    /** region-data: the year columns, {@code FROM-TO} (default: the five years to the site's as-of date). */
    @Parameter(property = "shaffof.years")
    String years;

    @Override
    String command() {
        return "new";
    }

    @Override
    boolean buildsSite() {
        return false;
    }

    @Override
    List<String> commandOptions() {
        List<String> options = new ArrayList<>(List.of("--script", script));
        if (source != null && !source.isBlank()) options.addAll(List.of("--source", source));
        if (dataset != null && !dataset.isBlank()) options.addAll(List.of("--dataset", dataset));
        if (years != null && !years.isBlank()) options.addAll(List.of("--years", years));
        return options;
    }

    @Override
    List<String> commandArguments() {
        return List.of(kind, name);
    }
}
