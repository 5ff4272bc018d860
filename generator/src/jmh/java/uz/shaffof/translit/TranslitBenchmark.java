package uz.shaffof.translit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the script engine in each direction on a generated, mixed ~10 MB text (Uzbek prose,
 * loanwords from the dictionary, names, numbers, URLs, Latin brands, markers). Not a test: it runs only
 * with the {@code bench} profile. The {@code megabytes} counter is reported as MB/s (UTF-8 input bytes).
 *
 * <pre>{@code mvn -Pbench -pl generator verify}   or   java -cp ... org.openjdk.jmh.Main TranslitBenchmark}</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TranslitBenchmark {

    private static final List<String> CYRILLIC_WORDS = List.of(
            "вилоятда", "ахборот", "коммуникация", "технологияларини", "ривожлантириш", "ҳамкорлик", "соҳасида",
            "ягона", "давлат", "сиёсатини", "жорий", "этиш", "интерактив", "хизматларини", "кенгайтириш", "бўйича",
            "кенг", "кўламли", "ишлар", "амалга", "оширилмоқда", "йил", "давомида", "оптик", "толали", "алоқа",
            "линияси", "тортилиб", "Интернет", "тармоғидан", "фойдаланувчилар", "сони", "нафарга", "етказилди",
            "Ўзбекистон", "Республикаси", "Вазирлар", "Маҳкамасининг", "қарори", "тўғрисида", "электрон",
            "ҳужжат", "айланишининг", "корреспонденцияларидаги", "улуши", "компьютер", "аттестациядан", "концерт",
            "цирк", "акция", "лицей", "объект", "премьера", "мўъжиза", "Исҳоқ", "октябрида", "апрелдаги",
            "маъно", "санъат", "ШАҲАР", "Шаҳар", "ЁШЛАР", "ер", "поезд", "қаерда", "йўл", "Янгийўл", "тайёр",
            "дунё", "бериляпти", "ишлаётган", "Қашқадарё", "Тошкент", "Самарқанд", "Фарғона", "Қорақалпоғистон",
            "ижтимоий", "иқтисодиёт", "лойиҳаларини", "мониторинги", "федерация", "консультациялар", "субъектлар");
    private static final List<String> EXTRAS = List.of(
            "12 572", "85,7", "42,2%", "2016", "XXI", "my.gov.uz", "https://lex.uz/docs/4719", "ASKDOCTOR",
            "DVBT-2", "info@gov.uz", "-{ЎзР}-", "«Электрон ҳукумат»", "–", "(", ")", "5G");
    private static final List<String> PUNCTUATION = List.of(" ", " ", " ", " ", ", ", ". ", "; ", "\n", " – ", "! ");

    private static final Transliterator ENGINE = Transliterator.standard();

    /** The generated texts, built once per run. */
    @State(Scope.Benchmark)
    public static class Corpus {
        /**
         * The size of the text in MiB. Equal MB/s at 1 and 10 MiB is what linear time looks like; the 10 MiB text is
         * the measure.
         */
        @Param({"10", "1"})
        public int mebibytes;

        String cyrillic;
        String latin;
        double cyrillicMegabytes;
        double latinMegabytes;
        /** The same texts cut into short pieces, as a site converts them: one Markdown text node at a time. */
        List<String> cyrillicNodes;
        List<String> latinNodes;

        @Setup(Level.Trial)
        public void generate() {
            cyrillic = generate(new Random(20261123), mebibytes * 1024 * 1024);
            latin = ENGINE.toLatin(cyrillic);
            cyrillicMegabytes = cyrillic.getBytes(StandardCharsets.UTF_8).length / 1e6;
            latinMegabytes = latin.getBytes(StandardCharsets.UTF_8).length / 1e6;
            cyrillicNodes = textNodes(new Random(7), cyrillic);
            latinNodes = cyrillicNodes.stream().map(ENGINE::toLatin).toList();
        }

        /** Pieces of 1 to 40 words, cut after a space, like the text between a paragraph's links and emphasis. */
        private static List<String> textNodes(Random random, String text) {
            List<String> nodes = new ArrayList<>();
            int start = 0;
            int words = 1 + random.nextInt(40);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ' && --words == 0) {
                    nodes.add(text.substring(start, i + 1));
                    start = i + 1;
                    words = 1 + random.nextInt(40);
                }
            }
            nodes.add(text.substring(start));
            return nodes;
        }

        private static String generate(Random random, int targetBytes) {
            StringBuilder b = new StringBuilder(targetBytes);
            int bytes = 0;
            while (bytes < targetBytes) {
                String token = random.nextInt(10) == 0
                        ? EXTRAS.get(random.nextInt(EXTRAS.size()))
                        : CYRILLIC_WORDS.get(random.nextInt(CYRILLIC_WORDS.size()));
                String gap = PUNCTUATION.get(random.nextInt(PUNCTUATION.size()));
                b.append(token).append(gap);
                bytes += token.getBytes(StandardCharsets.UTF_8).length + gap.length();
            }
            return b.toString();
        }
    }

    /** Megabytes converted; JMH reports it per second, which is the MB/s figure. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    @Benchmark
    public String cyrillicToLatin(Corpus corpus, Throughput counter) {
        counter.megabytes += corpus.cyrillicMegabytes;
        return ENGINE.toLatin(corpus.cyrillic);
    }

    @Benchmark
    public String latinToCyrillic(Corpus corpus, Throughput counter) {
        counter.megabytes += corpus.latinMegabytes;
        return ENGINE.toCyrillic(corpus.latin);
    }

    /** The Cyrillic text node by node: the per-call costs (set-up, scans of the whole node) count as in a build. */
    @Benchmark
    public void cyrillicToLatinNodes(Corpus corpus, Throughput counter, Blackhole sink) {
        counter.megabytes += corpus.cyrillicMegabytes;
        for (String node : corpus.cyrillicNodes) {
            sink.consume(ENGINE.toLatin(node));
        }
    }

    @Benchmark
    public void latinToCyrillicNodes(Corpus corpus, Throughput counter, Blackhole sink) {
        counter.megabytes += corpus.latinMegabytes;
        for (String node : corpus.latinNodes) {
            sink.consume(ENGINE.toCyrillic(node));
        }
    }
}
