package uz.shaffof.content;

import java.math.BigDecimal;
import uz.shaffof.problem.SourcePos;

/**
 * A derived figure as the source states it (for example "42,2%" of staff passed). The generator computes the
 * figure itself from raw data; a stated figure is kept only to be compared, reported when it disagrees, and
 * shown beside the computed one so the reader sees both.
 */
public record StatedFigure(String region, int year, BigDecimal value, Citation citation, SourcePos pos) {}
