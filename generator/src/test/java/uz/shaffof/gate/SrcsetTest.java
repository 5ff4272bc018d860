package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrcsetTest {

    @Test
    void readsOneUrlPerCandidate() {
        assertEquals(List.of("a.png", "b.png"), Srcset.urls(" a.png 1x,\n b.png 2x "));
        assertEquals(List.of("a.png", "b.png"), Srcset.urls("a.png, b.png"));
        assertEquals(List.of("a.png"), Srcset.urls("a.png"));
        assertEquals(List.of(), Srcset.urls(" , "));
    }

    @Test
    void keepsCommasInsideUrls() {
        // As in the HTML candidate grammar, a URL runs to whitespace: only trailing commas end it.
        assertEquals(List.of("a.png,b.png"), Srcset.urls("a.png,b.png"));
        assertEquals(List.of("chart.png?w=1,2", "big.png"), Srcset.urls("chart.png?w=1,2 1x, big.png 2x"));
    }
}
