package uz.shaffof.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uz.shaffof.figures.Fixture.dec;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Better;

class RankingTest {

    private static Map<String, BigDecimal> values(String... keyValue) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValue.length; i += 2) m.put(keyValue[i], dec(keyValue[i + 1]));
        return m;
    }

    @Test
    void tiesSharePositionAndSkipTheNext() {
        List<Ranking.Ranked> r = Ranking.rank(values("a", "5", "b", "9", "c", "7", "d", "7.0"), Better.HIGHER);
        assertEquals(List.of("b", "c", "d", "a"), r.stream().map(Ranking.Ranked::key).toList());
        assertEquals(List.of(new Rank(1, 4, false), new Rank(2, 4, true), new Rank(2, 4, true), new Rank(4, 4, false)),
                r.stream().map(Ranking.Ranked::rank).toList());
    }

    @Test
    void lowerIsBetterRanksAscending() {
        List<Ranking.Ranked> r = Ranking.rank(values("a", "5", "b", "9", "c", "1"), Better.LOWER);
        assertEquals(List.of("c", "a", "b"), r.stream().map(Ranking.Ranked::key).toList());
        assertEquals(1, r.get(0).rank().position());
    }

    @Test
    void neitherRanksBySize() {
        List<Ranking.Ranked> r = Ranking.rank(values("a", "5", "b", "9"), Better.NEITHER);
        assertEquals(List.of("b", "a"), r.stream().map(Ranking.Ranked::key).toList());
    }

    @Test
    void allTied() {
        List<Ranking.Ranked> r = Ranking.rank(values("b", "1", "a", "1", "c", "1"), Better.HIGHER);
        assertEquals(List.of("a", "b", "c"), r.stream().map(Ranking.Ranked::key).toList());
        r.forEach(x -> assertEquals(new Rank(1, 3, true), x.rank()));
    }

    @Test
    void nothingToRank() {
        assertEquals(List.of(), Ranking.rank(Map.of(), Better.HIGHER));
    }
}
