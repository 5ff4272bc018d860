package uz.shaffof.figures;

import java.math.BigDecimal;
import uz.shaffof.content.Citation;
import uz.shaffof.problem.SourcePos;

/**
 * Single Portal appeals of one region ({@code null}: the whole country) in one year. {@code received},
 * {@code late}, {@code satisfaction} and {@code satisfactionScale} are as the source gives them (each may be
 * {@code null}); {@code lateSharePercent} is computed as {@code late / received * 100} by {@link Rounding}
 * ({@code null} when either is missing or nothing was received). {@code receivedChange} and
 * {@code lateShareChange} compare with the region's previous year that has the figure ({@code null} when there
 * is none); the late-share change is in percentage points (absolute) and percent (relative).
 */
public record PortalRow(String region, int year, BigDecimal received, BigDecimal late, BigDecimal lateSharePercent,
                        BigDecimal satisfaction, BigDecimal satisfactionScale, Change receivedChange,
                        Change lateShareChange, Citation citation, SourcePos pos) {}
