package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the exact-match rates on real parallel text (docs/TRANSLIT.md, "Evaluation"): strings a publisher
 * gave in both scripts, which the dictionary was not built from. A measure, not a target: it prints the rates and
 * every failure by kind, and fails only when the data cannot be read. Run it alone with
 * {@code -Dtest=ParallelTextEvaluation} and read the report on standard output.
 */
class ParallelTextEvaluation {
    static final String CLDR_PHRASES = "/uz/shaffof/translit/eval/cldr-phrases.tsv";

    record Pair(String key, String latin, String cyrillic) {}

    static List<Pair> read(String resource) throws IOException {
        try (InputStream in = ParallelTextEvaluation.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            List<Pair> pairs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                pairs.add(new Pair(f[0], Transliterator.normalize(f[1]), Transliterator.normalize(f[2])));
            }
            return pairs;
        }
    }

    /** Why an output is not the publisher's: the first of these kinds that explains the difference. */
    static String kind(String expected, String actual) {
        String e = signs(expected);
        String a = signs(actual);
        if (e.equals(a)) {
            return "apostrophe code point only (ʻ ʼ against ‘ ’)";
        }
        if (e.toLowerCase(Locale.ROOT).equals(a.toLowerCase(Locale.ROOT))) {
            return "capital letter only (the two locales capitalise differently)";
        }
        String[] ew = e.toLowerCase(Locale.ROOT).split("\\s+");
        String[] aw = a.toLowerCase(Locale.ROOT).split("\\s+");
        if (ew.length != aw.length) {
            return "different wording (word count differs)";
        }
        for (int k = 0; k < ew.length; k++) {
            if (!ew[k].equals(aw[k]) && !sameSounds(ew[k], aw[k])) {
                return "different wording (another word)";
            }
        }
        return "spelling";
    }

    /** Unifies the sign look-alikes, so that only the code point of ʻ and ʼ is left out of the comparison. */
    private static String signs(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Apostrophes.isLookAlike(c) ? '\'' : c);
        }
        return b.toString();
    }

    /** Two spellings of one word: the same length within two letters and the same first two letters. */
    private static boolean sameSounds(String a, String b) {
        return Math.abs(a.length() - b.length()) <= 2 && a.length() >= 2 && b.length() >= 2
                && a.regionMatches(0, b, 0, 2);
    }

    @Test
    void cldrPhrases() throws IOException {
        report("CLDR phrases", read(CLDR_PHRASES));
    }

    /** lex.uz titles of acts: dev half (failure classes are looked for here) and held-out half, reported apart. */
    @Test
    void lexuzTitles() {
        reportSplits(ParallelSet.LEXUZ_TITLES);
    }

    /** GNOME's interface sentences (uz@cyrillic and the Latin edition generated from it). */
    @Test
    void gnomeUi() {
        reportSplits(ParallelSet.GNOME_UI);
    }

    /** kun.uz news articles, both editions. */
    @Test
    void kunuzNews() {
        reportSplits(ParallelSet.KUNUZ_NEWS);
    }

    /** The Universal Declaration of Human Rights, OHCHR's Latin and Cyrillic editions. */
    @Test
    void udhr() {
        reportSplits(ParallelSet.UDHR);
    }

    private static void reportSplits(String resource) {
        ParallelSet all = ParallelSet.read(resource);
        for (ParallelSet set : List.of(all.split("dev"), all.split("held-out"), all)) {
            for (Script target : List.of(Script.LATIN, Script.CYRILLIC)) {
                ParallelSet.Score s = set.score(target);
                System.out.printf(Locale.ROOT,
                        "%s, %s: %d of %d exact (%s); %d up to quotation marks; of the %d others, %d with a warning%n",
                        set.name(), target == Script.LATIN ? "Cyrillic → Latin" : "Latin → Cyrillic", s.exact(),
                        s.total(), s.percent(), s.exactUpToQuotes(), s.total() - s.exactUpToQuotes(),
                        s.failedWithWarning());
                for (var e : s.failuresByKind().entrySet()) {
                    System.out.printf(Locale.ROOT, "  %s: %d%n", e.getKey(), e.getValue().size());
                    for (String f : e.getValue()) {
                        System.out.println("    " + f);
                    }
                }
            }
        }
    }

    static void report(String name, List<Pair> pairs) {
        assertTrue(pairs.size() > 100, name + ": " + pairs.size() + " pairs");
        Transliterator t = Transliterator.standard();
        for (Script target : List.of(Script.LATIN, Script.CYRILLIC)) {
            int exact = 0;
            Map<String, List<String>> failures = new TreeMap<>();
            for (Pair p : pairs) {
                String input = target == Script.LATIN ? p.cyrillic() : p.latin();
                String expected = target == Script.LATIN ? p.latin() : p.cyrillic();
                String actual = t.convert(input, target);
                if (actual.equals(expected)) {
                    exact++;
                } else {
                    failures.computeIfAbsent(kind(expected, actual), k -> new ArrayList<>())
                            .add(p.key() + ": " + input + " → " + actual + " (publisher: " + expected + ")");
                }
            }
            String direction = target == Script.LATIN ? "Cyrillic → Latin" : "Latin → Cyrillic";
            System.out.printf(Locale.ROOT, "%s, %s: %d of %d exact (%.1f %%)%n", name, direction, exact, pairs.size(),
                    100.0 * exact / pairs.size());
            for (var e : failures.entrySet()) {
                System.out.printf(Locale.ROOT, "  %s: %d%n", e.getKey(), e.getValue().size());
                for (String f : e.getValue()) {
                    System.out.println("    " + f);
                }
            }
        }
    }
}
