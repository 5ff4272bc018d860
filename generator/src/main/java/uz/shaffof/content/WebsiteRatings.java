package uz.shaffof.content;

import java.math.BigDecimal;
import java.util.List;

/** The website ratings ({@code content/websites/}): the method, the scale and every score. */
public record WebsiteRatings(Text title, Text method, BigDecimal scale, List<WebsiteScore> scores) {
    public WebsiteRatings {
        scores = List.copyOf(scores);
    }
}
