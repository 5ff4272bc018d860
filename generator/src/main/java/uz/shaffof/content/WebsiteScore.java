package uz.shaffof.content;

import java.math.BigDecimal;
import uz.shaffof.problem.SourcePos;

/**
 * The score an official website of a khokimiyat (or another body) got in one year's rating under Cabinet of
 * Ministers resolution No. 355 of 31.12.2013. {@code statedChangePercent} is the change the source states, kept
 * only to compare with the computed one.
 */
public record WebsiteScore(String organisation, Text organisationName, String region, int year, BigDecimal score,
                           BigDecimal statedChangePercent, Citation citation, SourcePos pos) {}
