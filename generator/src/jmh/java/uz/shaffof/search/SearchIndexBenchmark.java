package uz.shaffof.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uz.shaffof.output.OutputFile;

/**
 * Time to index a site on one thread, split as the build splits it: {@link #addPages} reads every page into the
 * word table, {@link #writeFiles} turns the table into the shard files. Cold builds run with C1 only, so that is
 * the case to measure: {@code -jvmArgsAppend -XX:TieredStopAtLevel=1}.
 *
 * <p>The pages are the Markdown bodies of a corpus written by {@code make-corpus.sh} ({@code -p corpus=DIR}, its
 * {@code neutral/content} folder); without a corpus, generated text of the same shape (half Cyrillic, half Latin,
 * some 18 000 distinct words).
 *
 * <pre>{@code mvn -Pbench -pl generator verify -Djmh.args="SearchIndexBenchmark -p corpus=/tmp/c10k/neutral/content -jvmArgsAppend -XX:TieredStopAtLevel=1"}</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SearchIndexBenchmark {

    @State(Scope.Benchmark)
    public static class Site {
        /** A corpus's {@code content} folder, or empty for generated pages. */
        @Param({""})
        public String corpus;

        /** How many pages to index (at most the corpus's): whole batches of 128, all read by {@code add}. */
        @Param({"4096"})
        public int pages;

        List<SearchDoc> site;
        /** The site already added, for timing the writing of the files alone. */
        SearchIndex.Builder added;

        @Setup(Level.Trial)
        public void load() {
            site = corpus.isEmpty() ? generate(pages) : read(Path.of(corpus), pages);
            added = addAll(site);
        }
    }

    @Benchmark
    public SearchIndex.Builder addPages(Site s) {
        return addAll(s.site);
    }

    @Benchmark
    public List<OutputFile> writeFiles(Site s) {
        return s.added.files();
    }

    private static SearchIndex.Builder addAll(List<SearchDoc> site) {
        SearchIndex.Builder index = new SearchIndex.Builder(site.size());
        for (int id = 0; id < site.size(); id++) index.add(id, site.get(id));
        return index;
    }

    private static List<SearchDoc> read(Path content, int limit) {
        try (Stream<Path> files = Files.walk(content)) {
            List<Path> md = files.filter(f -> f.toString().endsWith(".md"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName()).thenComparing(f -> f)) // both scripts
                    .limit(limit).toList();
            List<SearchDoc> site = new ArrayList<>();
            for (Path f : md) {
                String source = Files.readString(f);
                int body = source.indexOf("\n---\n", 4);
                String text = body < 0 ? source : source.substring(body + 5);
                String title = text.substring(0, Math.min(60, text.length()));
                site.add(new SearchDoc(f.getFileName().toString(), title, title, text));
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] LATIN = {"ba", "da", "g'o", "sh", "ch", "ol", "ni", "qu", "mo", "ri", "ka", "o'", "ye",
        "ts", "lar", "ning", "dagi", "ga", "lik", "gan", "moq", "ish"};
    private static final String[] CYRILLIC = {"ба", "да", "ғо", "ш", "ч", "ол", "ни", "қу", "мо", "ри", "ка", "ў", "е",
        "ц", "лар", "нинг", "даги", "га", "лик", "ган", "моқ", "иш"};
    private static final String[] GAPS = {" ", " ", " ", " ", " ", ", ", ". ", " – ", "; "};

    private static List<SearchDoc> generate(int count) {
        Random random = new Random(20261123);
        List<SearchDoc> site = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String[] syllables = p % 2 == 0 ? LATIN : CYRILLIC;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 800; w++) {
                Random word = new Random(random.nextInt(9000)); // the same few thousand words, over and over
                for (int s = 1 + word.nextInt(4); s > 0; s--) text.append(syllables[word.nextInt(syllables.length)]);
                text.append(GAPS[random.nextInt(GAPS.length)]);
            }
            String title = text.substring(0, Math.min(60, text.length()));
            site.add(new SearchDoc("p" + p + "/", title, title, text.toString()));
        }
        return site;
    }
}
