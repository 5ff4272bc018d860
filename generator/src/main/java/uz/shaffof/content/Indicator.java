package uz.shaffof.content;

import java.util.List;
import uz.shaffof.problem.SourcePos;

/**
 * A measured quantity tracked per region and year (for example fibre-optic line laid, in km). Either it has
 * {@code observations} (raw figures), or a {@code derivation} from two other indicators plus optional
 * {@code stated} figures to check against. {@code unit} is a key of the units table in {@code i18n/}.
 */
public record Indicator(String id, Text title, Text definition, Text methodology, String unit, Better better,
                        String topic, Derivation derivation, List<Observation> observations,
                        List<StatedFigure> stated, SourcePos pos) {
    public Indicator {
        observations = List.copyOf(observations);
        stated = List.copyOf(stated);
    }

    public boolean isDerived() {
        return derivation != null;
    }
}
