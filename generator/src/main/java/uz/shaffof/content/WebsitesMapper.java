package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Maps {@code content/websites/ratings.json} to {@link WebsiteRatings}; scores by organisation and year. */
final class WebsitesMapper {
    private WebsitesMapper() {}

    static WebsiteRatings map(FileTree tree) {
        JsonNode r = tree.root();
        List<WebsiteScore> scores = new ArrayList<>();
        for (JsonNode s : Fields.array(r, "scores")) {
            scores.add(new WebsiteScore(Fields.string(s, "organisation"), Fields.text(s, "name"),
                    Fields.string(s, "region"), Fields.integer(s, "year", 0), Fields.decimal(s, "score"),
                    Fields.decimal(s, "statedChangePercent"), Fields.citation(s, "source"), tree.pos(s)));
        }
        scores.sort(Comparator.comparing(WebsiteScore::organisation).thenComparingInt(WebsiteScore::year));
        return new WebsiteRatings(Fields.text(r, "title"), Fields.text(r, "method"), Fields.decimal(r, "scale"), scores);
    }
}
