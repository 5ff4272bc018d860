package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Words met again are copied from the memo. Converting with warnings never uses it, so these tests hold every
 * conversion through the memo to that one, on the seeds and the dictionary's own words, in both directions,
 * with the words repeated in other cases and neighbours, and past the memo's bound.
 */
class WordMemoTest {
    private static final Transliterator T = Transliterator.standard();

    @Test
    void theSeedsConvertAsWithoutTheMemo() throws IOException {
        for (String seed : List.of("seed-000", "seed-002")) {
            for (String script : List.of("cyrl", "latn")) {
                String text = read("/translit/" + seed + "." + script + ".txt");
                Script target = script.equals("cyrl") ? Script.LATIN : Script.CYRILLIC;
                for (int round = 0; round < 2; round++) { // the second round finds every word in the memo
                    assertEquals(T.convertWithWarnings(text, target).text(), T.convert(text, target), seed + script);
                }
            }
        }
    }

    @Test
    void aOneLetterWordIsReadInItsContextEveryTime() {
        String text = "XXI аср, I чорак, I.Каримов, V боб. II bob, I.Karimov, I chorak, V. Bobur";
        for (Script target : Script.values()) {
            for (int round = 0; round < 2; round++) {
                assertEquals(T.convertWithWarnings(text, target).text(), T.convert(text, target));
            }
        }
        assertEquals("XXI аср, I чорак, И.Каримов, V боб. II боб, И.Каримов, I чорак, В. Бобур",
                T.convert(text, Script.CYRILLIC));
    }

    @Test
    void dictionaryWordsInRandomCaseAndCompanyConvertAsWithoutTheMemo() throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : read("/translit/uz-exceptions.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) continue;
            for (String field : line.split("\t")) {
                if (!field.isBlank() && Character.isLetter(field.codePointAt(0))) words.add(field.strip());
            }
        }
        String[] suffixes = {"", "lar", "ning", "da", "ga", "ни", "лар", "да", "ʼ", "'", "-", "ъ"};
        String[] gaps = {" ", ", ", " «", "» ", ".\n", " — ", "-", "'"};
        Random random = new Random(17);
        for (int text = 0; text < 60; text++) {
            StringBuilder b = new StringBuilder();
            int length = text == 0 ? 3 * WordMemo.MAX_WORDS : 400; // the first text overflows the memo
            for (int i = 0; i < length; i++) {
                String w = words.get(random.nextInt(words.size())) + suffixes[random.nextInt(suffixes.length)];
                switch (random.nextInt(4)) {
                    case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    default -> { }
                }
                if (text == 0) w = w + i; // distinct words, so that the memo fills up
                b.append(w).append(gaps[random.nextInt(gaps.length)]);
            }
            String s = b.toString();
            for (Script target : Script.values()) {
                assertEquals(T.convertWithWarnings(s, target).text(), T.convert(s, target), s);
            }
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = WordMemoTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
