package uz.shaffof.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import uz.shaffof.problem.SourcePos;

/**
 * One figure: an indicator's value for a region (or {@code null} region = the whole country) in a year, read
 * exactly as written ({@link BigDecimal}), with where it came from. {@code date} is set when the source dates
 * the figure more precisely than the year.
 */
public record Observation(String region, int year, LocalDate date, BigDecimal value, Qualifier qualifier,
                          Citation citation, Text note, SourcePos pos) {}
