package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uz.shaffof.problem.Problems;

/** Maps {@code content/indicators/<id>.json} to an {@link Indicator}; observations sorted by region and year. */
final class IndicatorMapper {
    private static final Comparator<Observation> ORDER = Comparator
            .comparing(Observation::region, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Observation::year);

    private IndicatorMapper() {}

    static Indicator map(FileTree tree, String fileSlug, Problems problems) {
        JsonNode r = tree.root();
        String id = Fields.idMatchingFile(tree, fileSlug, problems);
        JsonNode d = r.get("derivation");
        Derivation derivation = d == null || d.isNull() ? null
                : new Derivation(Fields.string(d, "numerator"), Fields.string(d, "denominator"));
        List<Observation> observations = new ArrayList<>();
        for (JsonNode o : Fields.array(r, "observations")) {
            observations.add(new Observation(Fields.string(o, "region"), Fields.integer(o, "year", 0),
                    Fields.date(tree, o, "date", problems), Fields.decimal(o, "value"),
                    Fields.enumValue(o, "qualifier", Qualifier.class, Qualifier.EXACT), Fields.citation(o, "source"),
                    Fields.text(o, "note"), tree.pos(o)));
        }
        observations.sort(ORDER);
        List<StatedFigure> stated = new ArrayList<>();
        for (JsonNode s : Fields.array(r, "stated")) {
            stated.add(new StatedFigure(Fields.string(s, "region"), Fields.integer(s, "year", 0), Fields.decimal(s, "value"),
                    Fields.citation(s, "source"), tree.pos(s)));
        }
        if (derivation != null && !observations.isEmpty()) {
            problems.error(tree.pos(r, "observations"), "a derived indicator has no observations of its own: its values "
                    + "are computed from " + derivation.numerator() + " / " + derivation.denominator()
                    + "; move the figures to those indicators, or put the source's own figure under \"stated\"");
        }
        if (derivation == null && !stated.isEmpty()) {
            problems.error(tree.pos(r, "stated"), "\"stated\" figures belong to derived indicators (they are compared "
                    + "with the computed value); a raw figure is an observation");
        }
        return new Indicator(id, Fields.text(r, "title"), Fields.text(r, "definition"), Fields.text(r, "methodology"),
                Fields.string(r, "unit"), Fields.enumValue(r, "better", Better.class, null), Fields.string(r, "topic"),
                derivation, observations, stated, tree.pos(r));
    }
}
