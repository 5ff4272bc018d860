package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the engine to its measured score on real parallel text ({@link ParallelSet#LEXUZ_TITLES}): the number of
 * sentences that come out exactly as the publisher wrote them may not drop, per split and direction. The floors are
 * the figures in docs/TRANSLIT.md ("Evaluation on parallel text"); raise them when the engine gets better, and
 * never lower them to let a change through.
 */
class ParallelTextFloorTest {
    private static final ParallelSet SET = ParallelSet.read(ParallelSet.LEXUZ_TITLES);

    @ParameterizedTest(name = "{0}, to {1}: at least {2} exact, {3} up to quotation marks")
    @CsvSource({
        "dev,      LATIN,    250, 283",
        "dev,      CYRILLIC, 243, 276",
        "held-out, LATIN,    254, 289",
        "held-out, CYRILLIC, 253, 286",
    })
    void exactSentencesDoNotDrop(String split, Script target, int exactFloor, int upToQuotesFloor) {
        ParallelSet.Score score = SET.split(split).score(target);
        assertTrue(score.exact() >= exactFloor, split + " to " + target + ": " + score.exact() + " exact, floor "
                + exactFloor + "; failures: " + score.failuresByKind());
        assertTrue(score.exactUpToQuotes() >= upToQuotesFloor, split + " to " + target + ": "
                + score.exactUpToQuotes() + " up to quotation marks, floor " + upToQuotesFloor + "; failures: "
                + score.failuresByKind());
    }

    @Test
    void holdsAtLeast500SentencePairsSplitByTheirLatinText() {
        assertTrue(SET.pairs().size() >= 500, SET.pairs().size() + " pairs");
        for (ParallelSet.Pair p : SET.pairs()) {
            assertEquals(splitOf(p.latin()), p.split(), p.key());
        }
    }

    /** The rule of tools/translit/align_parallel.py: the first hex digit of SHA-256 of the Latin text, even: dev. */
    private static String splitOf(String latin) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(latin.getBytes(StandardCharsets.UTF_8));
            return ((hash[0] >> 4) & 0xF) % 2 == 0 ? "dev" : "held-out";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
