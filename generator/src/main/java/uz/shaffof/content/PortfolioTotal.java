package uz.shaffof.content;

import java.math.BigDecimal;
import uz.shaffof.problem.SourcePos;

/**
 * A total of a project portfolio exactly as its source gives it (for example "104 projects by 42 ministries
 * and agencies"). Published as given, with its qualifier, even where totals do not add up.
 */
public record PortfolioTotal(String id, Text label, BigDecimal value, Qualifier qualifier, Citation citation,
                             SourcePos pos) {}
