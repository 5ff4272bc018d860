package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text already in the target script comes back unchanged. */
class IdempotenceTest {
    private static final Transliterator T = ProjectGlossary.transliterator();

    @ParameterizedTest(name = "seed-{0}: Latin edition through toLatin is unchanged")
    @ValueSource(strings = {"000", "002"})
    void latinThroughToLatin(String seed) throws IOException {
        String latn = SeedRoundTripTest.read(seed, "latn");
        assertEquals(latn, T.toLatin(latn));
        assertEquals(latn, Transliterator.standard().toLatin(latn));
    }

    @ParameterizedTest(name = "seed-{0}: Cyrillic edition through toCyrillic is unchanged")
    @ValueSource(strings = {"000", "002"})
    void cyrillicThroughToCyrillic(String seed) throws IOException {
        String cyrl = SeedRoundTripTest.read(seed, "cyrl");
        assertEquals(cyrl, T.toCyrillic(cyrl));
        assertEquals(cyrl, Transliterator.standard().toCyrillic(cyrl));
    }

    @Test
    void everySpecSideIsAFixedPointOfItsOwnScript() {
        List<SpecExample> examples = SpecExampleReader.read();
        for (SpecExample e : examples) {
            if (e.cyrillic().contains("-{") || e.latin().contains("-{")) {
                continue; // markers are removed by design
            }
            assertEquals(e.latin(), T.toLatin(e.latin()), e.name() + " Latin side through toLatin");
            assertEquals(e.cyrillic(), T.toCyrillic(e.cyrillic()), e.name() + " Cyrillic side through toCyrillic");
        }
    }

    @Test
    void convertingTwiceEqualsConvertingOnce() throws IOException {
        String cyrl = SeedRoundTripTest.read("002", "cyrl");
        String once = T.toLatin(cyrl);
        assertEquals(once, T.toLatin(once));
        String latn = SeedRoundTripTest.read("000", "latn");
        String back = T.toCyrillic(latn);
        assertEquals(back, T.toCyrillic(back));
    }
}
