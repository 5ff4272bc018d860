package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uz.shaffof.content.Better;
import uz.shaffof.content.WebsiteScore;

/**
 * One year's website rating as a ranked table: highest score first, equal scores sharing a rank and listed by
 * organisation id. {@code scale} is the rating's maximum score ({@code null} when the content does not say).
 */
public record WebsiteTable(int year, BigDecimal scale, List<WebsiteRow> rows) {
    public WebsiteTable {
        rows = List.copyOf(rows);
    }

    /** One table per year with scores, ascending by year. */
    static List<WebsiteTable> of(WebsiteChanges changes, BigDecimal scale, StatedCheck stated) {
        Map<Integer, Map<String, WebsiteScore>> byYear = new TreeMap<>();
        for (WebsiteScore s : changes.scores()) {
            byYear.computeIfAbsent(s.year(), y -> new LinkedHashMap<>()).put(s.organisation(), s);
        }
        List<WebsiteTable> tables = new ArrayList<>();
        byYear.forEach((year, scores) -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            scores.forEach((org, s) -> values.put(org, s.score()));
            List<WebsiteRow> rows = new ArrayList<>();
            for (Ranking.Ranked r : Ranking.rank(values, Better.HIGHER)) {
                rows.add(new WebsiteRow(scores.get(r.key()), r.rank(), changes.change(r.key(), year).orElse(null),
                        stated.forWebsite(r.key(), year).orElse(null)));
            }
            tables.add(new WebsiteTable(year, scale, rows));
        });
        return tables;
    }
}
