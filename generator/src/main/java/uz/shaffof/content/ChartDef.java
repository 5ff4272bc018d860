package uz.shaffof.content;

import java.util.List;
import uz.shaffof.problem.SourcePos;

/**
 * A chart definition ({@code content/charts/*.json}): what to show ({@code dataset}: an indicator id, or
 * {@code portal.received|portal.late|portal.lateShare|portal.satisfaction}, or {@code websites.score}), for
 * which regions and years (empty = all with data), drawn as which {@code kind}
 * ({@code bar, horizontal-bar, line, stacked-bar, pie, tile-map}).
 */
public record ChartDef(String id, Text title, Text note, String dataset, String kind, List<String> regions,
                       List<Integer> years, SourcePos pos) {
    public ChartDef {
        regions = List.copyOf(regions);
        years = List.copyOf(years);
    }
}
