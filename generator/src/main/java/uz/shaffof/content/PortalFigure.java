package uz.shaffof.content;

import java.math.BigDecimal;
import uz.shaffof.problem.SourcePos;

/**
 * Appeals through the Single Portal of Interactive State Services for one region and year: how many were
 * received, how many were reviewed late, and the applicants' satisfaction on a scale (out of 5). Any of the
 * three may be {@code null} when the source does not give it. The share reviewed late is computed, not stored.
 */
public record PortalFigure(String region, int year, BigDecimal received, BigDecimal late, BigDecimal satisfaction,
                           BigDecimal satisfactionScale, Citation citation, SourcePos pos) {}
