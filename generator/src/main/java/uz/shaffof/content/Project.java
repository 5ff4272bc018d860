package uz.shaffof.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import uz.shaffof.problem.SourcePos;

/**
 * A project or measure being monitored: who owns it, who executes it, where, by when, and how far it got.
 * {@code executor}, {@code region}, {@code deadline} and {@code progress} (percent) may be {@code null} when the
 * source does not say.
 */
public record Project(String id, Text title, Text owner, Text executor, String region, LocalDate deadline,
                      ProjectStatus status, BigDecimal progress, Citation citation, SourcePos pos) {}
