package uz.shaffof.content;

import java.math.BigDecimal;
import uz.shaffof.problem.SourcePos;

/** One outcome figure of a flagship e-government service (for example ASKDOCTOR's registered users). */
public record Outcome(String id, Text label, BigDecimal value, Qualifier qualifier, String unit, Citation citation,
                      SourcePos pos) {}
