package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of sentence pairs a publisher gave in both scripts ({@code translit/parallel/*.tsv}, made by
 * {@code tools/translit/align_parallel.py}), and the engine's score on it: exact matches per sentence and every
 * failure by kind. Shared by {@link ParallelTextEvaluation} (the report) and {@link ParallelTextFloorTest} (the
 * floor), so that both count the same way.
 */
record ParallelSet(String name, ApostropheStyle apostrophes, List<Pair> pairs) {
    static final String LEXUZ_TITLES = "/translit/parallel/lexuz-titles.tsv";
    static final String GNOME_UI = "/translit/parallel/gnome-ui.tsv";
    static final String KUNUZ_NEWS = "/translit/parallel/kunuz-news.tsv";
    static final String UDHR = "/translit/parallel/udhr.tsv";
    /** Every set, in the order the report and docs/TRANSLIT.md give them. */
    static final List<String> ALL = List.of(LEXUZ_TITLES, GNOME_UI, KUNUZ_NEWS, UDHR);
    private static final String APOSTROPHES_HEADER = "# Apostrophes: ";

    /** One aligned sentence; {@code split} is "dev" (where failure classes are looked for) or "held-out". */
    record Pair(String key, String split, String latin, String cyrillic) {}

    /**
     * How many of {@code total} sentences came out exactly as the publisher wrote them, how many of the sentences
     * that did not had at least one warning (the engine said it guessed), and the failures.
     */
    record Score(int exact, int exactUpToQuotes, int total, int failedWithWarning,
            Map<String, List<String>> failuresByKind) {
        String percent() {
            return String.format(Locale.ROOT, "%.1f %%", total == 0 ? 0.0 : 100.0 * exact / total);
        }
    }

    static ParallelSet read(String resource) {
        try (InputStream in = ParallelSet.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            List<Pair> pairs = new ArrayList<>();
            ApostropheStyle apostrophes = ApostropheStyle.UNICODE;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(APOSTROPHES_HEADER)) {
                    // The publisher's own characters for oʻ and the tutuq: the engine is asked for the same ones,
                    // so that a set printed with ‘ ’ does not fail on every oʻ.
                    apostrophes = ApostropheStyle.valueOf(
                            line.substring(APOSTROPHES_HEADER.length()).strip().toUpperCase(Locale.ROOT));
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                pairs.add(new Pair(f[0], f[1], Transliterator.normalize(f[2]), Transliterator.normalize(f[3])));
            }
            return new ParallelSet(resource, apostrophes, List.copyOf(pairs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ParallelSet split(String split) {
        return new ParallelSet(name + " (" + split + ")", apostrophes,
                pairs.stream().filter(p -> p.split().equals(split)).toList());
    }

    /**
     * Converts every pair into {@code target} with the built-in dictionary alone (no project glossary), writing the
     * publisher's apostrophe characters.
     */
    Score score(Script target) {
        Transliterator t = Transliterator.builder().apostrophes(apostrophes).build();
        int exact = 0;
        int exactUpToQuotes = 0;
        int failedWithWarning = 0;
        Map<String, List<String>> failures = new TreeMap<>();
        for (Pair p : pairs) {
            String input = target == Script.LATIN ? p.cyrillic() : p.latin();
            String expected = target == Script.LATIN ? p.latin() : p.cyrillic();
            Conversion conversion = t.convertWithWarnings(input, target);
            String actual = conversion.text();
            if (actual.equals(expected)) {
                exact++;
                exactUpToQuotes++;
                continue;
            }
            if (quotes(actual).equals(quotes(expected))) {
                exactUpToQuotes++;
            } else if (!conversion.warnings().isEmpty()) {
                failedWithWarning++;
            }
            for (String kind : kinds(expected, actual)) {
                failures.computeIfAbsent(kind.split("\t")[0], k -> new ArrayList<>()).add(p.key() + ": " + kind.split("\t")[1]);
            }
        }
        return new Score(exact, exactUpToQuotes, pairs.size(), failedWithWarning, failures);
    }

    /** « » and “ ” „ folded to ", since each edition writes its own script's quotation marks. */
    static String quotes(String s) {
        return s.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"').replace('„', '"');
    }

    /**
     * Why {@code actual} is not {@code expected}: one "kind TAB example" per differing word, the kind being the
     * letters the publisher wrote and the engine's letters in their place, the rest of the word cut off
     * ("ц ← с": the publisher has ц where the engine wrote с). When the two have different numbers of words
     * the whole sentence is one failure of that kind.
     */
    static List<String> kinds(String expected, String actual) {
        String[] e = expected.split(" ");
        String[] a = actual.split(" ");
        List<String> kinds = new ArrayList<>();
        if (e.length != a.length) {
            kinds.add("word count differs\t" + actual + " (publisher: " + expected + ")");
            return kinds;
        }
        for (int i = 0; i < e.length; i++) {
            if (e[i].equals(a[i])) {
                continue;
            }
            String kind;
            if (quotes(e[i]).equals(quotes(a[i]))) {
                kind = "quotation marks « » against “ ”";
            } else if (e[i].toLowerCase(Locale.ROOT).equals(a[i].toLowerCase(Locale.ROOT))) {
                kind = "capital letter only";
            } else {
                kind = core(quotes(e[i]).toLowerCase(Locale.ROOT), quotes(a[i]).toLowerCase(Locale.ROOT));
            }
            kinds.add(kind + "\t" + a[i] + " (publisher: " + e[i] + ")");
        }
        return kinds;
    }

    /** The differing middle of two words: "publisher's letters ← engine's letters". */
    private static String core(String e, String a) {
        int start = 0;
        while (start < e.length() && start < a.length() && e.charAt(start) == a.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < e.length() - start && end < a.length() - start
                && e.charAt(e.length() - 1 - end) == a.charAt(a.length() - 1 - end)) {
            end++;
        }
        String pe = e.substring(start, e.length() - end);
        String pa = a.substring(start, a.length() - end);
        return (pe.isEmpty() ? "∅" : pe) + " ← " + (pa.isEmpty() ? "∅" : pa);
    }
}
