package uz.shaffof.bench;

import java.util.Locale;
import java.util.Random;

/**
 * Deterministic Uzbek-looking words in the Latin script, made of syllables the transliteration engine maps without
 * a guess (no {@code e}, no {@code ts}, no {@code y} before a vowel), so a synthetic project's build warns of
 * nothing and its output is the same on every run.
 */
final class SyntheticText {
    private static final String[] ONSETS = {"b", "d", "g", "j", "k", "l", "m", "n", "p", "q", "r", "t", "v", "x", "z",
        "sh", "ch"};
    private static final String[] VOWELS = {"a", "a", "i", "o", "u", "o"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "m", "k", "t", "q"};
    private static final String[] SUFFIXES = {"", "", "", "lar", "ning", "dagi", "ga", "da", "lik", "chi", "gan"};

    private final Random random;

    SyntheticText(long seed) {
        random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    /** A word of one to three syllables, sometimes with a suffix. */
    String word() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                    .append(CODAS[random.nextInt(CODAS.length)]);
        }
        return sb.append(SUFFIXES[random.nextInt(SUFFIXES.length)]).toString();
    }

    /** {@code n} words, the first capitalised. */
    String words(int n) {
        StringBuilder sb = new StringBuilder(capitalize(word()));
        for (int i = 1; i < n; i++) sb.append(' ').append(word());
        return sb.toString();
    }

    /** A sentence of 7 to 14 words. */
    String sentence() {
        return words(7 + random.nextInt(8)) + ".";
    }

    /** Sentences up to about {@code words} words, one word in bold and one in italics. */
    String paragraph(int words) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (count < words) {
            String s = sentence();
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
            count += s.split(" ").length;
        }
        return sb.append(" **").append(word()).append("** *").append(word()).append("*.").toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
