package uz.shaffof.figures;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uz.shaffof.content.WebsiteScore;
import uz.shaffof.problem.Problems;

/**
 * The change of every website score since the previous rating of the same organisation (the latest earlier year
 * it was scored in, which need not be the year before). Computed once and shared by the rating tables and the
 * check of stated changes, so both say the same.
 */
final class WebsiteChanges {
    private final Map<String, Change> byKey;
    private final List<WebsiteScore> scores;

    private WebsiteChanges(Map<String, Change> byKey, List<WebsiteScore> scores) {
        this.byKey = Collections.unmodifiableMap(byKey);
        this.scores = List.copyOf(scores);
    }

    /** Scores with a value, one per organisation and year; a second score for the same pair is an error. */
    static WebsiteChanges of(List<WebsiteScore> all, Problems problems) {
        Map<String, WebsiteScore> unique = new TreeMap<>();
        for (WebsiteScore s : all) {
            if (s.score() == null) continue;
            WebsiteScore first = unique.putIfAbsent(key(s.organisation(), s.year()), s);
            if (first != null) {
                problems.error(s.pos(), "second score of " + s.organisation() + " for " + s.year()
                        + " (the first is at " + first.pos() + ")");
            }
        }
        List<WebsiteScore> scores = unique.values().stream()
                .sorted(Comparator.comparing(WebsiteScore::organisation).thenComparingInt(WebsiteScore::year))
                .toList();
        Map<String, Change> changes = new HashMap<>();
        for (int i = 1; i < scores.size(); i++) {
            WebsiteScore prev = scores.get(i - 1);
            WebsiteScore cur = scores.get(i);
            if (prev.organisation().equals(cur.organisation())) {
                changes.put(key(cur.organisation(), cur.year()),
                        Change.of(prev.year(), prev.score(), cur.year(), cur.score(), false));
            }
        }
        return new WebsiteChanges(changes, scores);
    }

    /** The scores kept, by organisation and year. */
    List<WebsiteScore> scores() {
        return scores;
    }

    /** The change of an organisation's score in a year since its previous rating; empty for its first rating. */
    Optional<Change> change(String organisation, int year) {
        return Optional.ofNullable(byKey.get(key(organisation, year)));
    }

    private static String key(String organisation, int year) {
        return organisation + "|" + year;
    }
}
