package uz.shaffof.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uz.shaffof.content.FrontMatterReader;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;

/**
 * The shared benchmark corpus as reports of a real project. {@code make-corpus.sh N DEST} writes each of its
 * {@code N/2} documents twice, {@code DEST/neutral/content/latn/page-K.md} and its transliteration
 * {@code cyrl/page-K.md}. Here document {@code K} becomes {@code content/reports/page-K.md}, written once as our
 * content is, in Cyrillic (the corpus's Latin words are made up, and the engine would rightly warn of the guesses
 * it makes for thousands of them; from Cyrillic it never has to guess), and published by the build in both
 * editions: the same {@code N} pages as Hugo builds from the corpus, on top of the real project's pages.
 *
 * <p>The conversion: the front matter becomes ours ({@code title}; {@code summary}, the first sentence;
 * {@code date}; {@code region}, the corpus's region name as its code; {@code source}, a source of its own added to
 * {@code sources.json}; {@code order}), tags are dropped (the content format has none), links to other documents
 * ({@code page-K.html}) become links to their reports, and the link to the other script's file a link to the other
 * edition. {@code site.json}'s {@code asOf} moves to the latest report's date when that is later, since no date may
 * come after it.
 */
final class CorpusProject {
    private static final Pattern FILE = Pattern.compile("page-(\\d{5})\\.md");
    private static final Pattern SIBLING_LINK = Pattern.compile("\\]\\(page-(\\d{5})\\.html\\)");
    private static final Pattern OTHER_SCRIPT_LINK = Pattern.compile("\\]\\(\\.\\./(latn|cyrl)/page-(\\d{5})\\.html\\)");
    private static final Pattern SENTENCE = Pattern.compile("^(.+?[.!?])(\\s|$)", Pattern.DOTALL);
    /** The corpus's region names, in both scripts, and their ISO 3166-2:UZ codes. */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("Andijon", "UZ-AN"), Map.entry("Андижон", "UZ-AN"),
            Map.entry("Buxoro", "UZ-BU"), Map.entry("Бухоро", "UZ-BU"),
            Map.entry("Farg'ona", "UZ-FA"), Map.entry("Фарғона", "UZ-FA"),
            Map.entry("Jizzax", "UZ-JI"), Map.entry("Жиззах", "UZ-JI"),
            Map.entry("Xorazm", "UZ-XO"), Map.entry("Хоразм", "UZ-XO"),
            Map.entry("Namangan", "UZ-NG"), Map.entry("Наманган", "UZ-NG"),
            Map.entry("Navoiy", "UZ-NW"), Map.entry("Навоий", "UZ-NW"),
            Map.entry("Qashqadaryo", "UZ-QA"), Map.entry("Қашқадарё", "UZ-QA"),
            Map.entry("Qoraqalpog'iston", "UZ-QR"), Map.entry("Қорақалпоғистон", "UZ-QR"),
            Map.entry("Samarqand", "UZ-SA"), Map.entry("Самарқанд", "UZ-SA"),
            Map.entry("Sirdaryo", "UZ-SI"), Map.entry("Сирдарё", "UZ-SI"),
            Map.entry("Surxondaryo", "UZ-SU"), Map.entry("Сурхондарё", "UZ-SU"),
            Map.entry("Toshkent viloyati", "UZ-TO"), Map.entry("Тошкент вилояти", "UZ-TO"),
            Map.entry("Toshkent shahri", "UZ-TK"), Map.entry("Тошкент шаҳри", "UZ-TK"));

    /** The corpus's Markdown read as content loading reads a report. */
    private static final FrontMatterReader READER = new FrontMatterReader();

    private CorpusProject() {}

    /** What was written: how many reports. */
    record Written(int reports) {}

    /**
     * Writes the project: a copy of {@code base}'s {@code content/} and {@code templates/}, and a report for each
     * document of the corpus at {@code corpus} (its {@code neutral/} folder, or the folder above it).
     */
    static Written write(Path corpus, Path base, ProjectWriter out) {
        Path content = contentOf(corpus);
        BaseProject.requireProject(base);
        out.copyTree(base.resolve("content"), "content");
        out.copyTree(base.resolve("templates"), "templates");

        List<Path> documents = documents(content);
        ObjectNode sources = out.readObject("content/sources.json");
        ArrayNode sourceList = (ArrayNode) sources.get("sources");
        ObjectNode site = out.readObject("content/site.json");
        LocalDate asOf = LocalDate.parse(site.get("asOf").asText());
        for (Path file : documents) {
            Report r = convert(file);
            ObjectNode source = sourceList.addObject();
            source.put("id", r.slug());
            source.put("title", r.title());
            source.putNull("publisher");
            source.put("year", r.date().getYear());
            source.putNull("url");
            List<Object[]> fm = new ArrayList<>();
            fm.add(new Object[] {"title", r.title()});
            fm.add(new Object[] {"summary", r.summary()});
            fm.add(new Object[] {"date", r.date().toString()});
            if (r.region() != null) fm.add(new Object[] {"region", r.region()});
            fm.add(new Object[] {"source", r.slug()});
            fm.add(new Object[] {"order", 100 + r.number()});
            out.markdown("content/reports/" + r.slug() + ".md", fm, r.body());
            if (r.date().isAfter(asOf)) asOf = r.date();
        }
        site.put("asOf", asOf.toString());
        out.json("content/sources.json", sources);
        out.json("content/site.json", site);
        return new Written(documents.size());
    }

    /** One converted document. */
    private record Report(int number, String slug, String title, String summary, LocalDate date, String region,
                          String body) {}

    /** {@code DIR/content} for the neutral layout at {@code DIR}, or at {@code DIR/neutral}. */
    static Path contentOf(Path corpus) {
        for (Path c : List.of(corpus.resolve("content"), corpus.resolve("neutral").resolve("content"))) {
            if (Files.isDirectory(c.resolve("latn")) && Files.isDirectory(c.resolve("cyrl"))) return c;
        }
        throw new BenchException(corpus + ": not a corpus written by make-corpus.sh (no content/latn and "
                + "content/cyrl here or under neutral/)");
    }

    /** Each document once, its Cyrillic file, in number order. */
    private static List<Path> documents(Path content) {
        try (Stream<Path> files = Files.list(content.resolve("cyrl"))) {
            List<Path> out = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                if (FILE.matcher(file.getFileName().toString()).matches()) out.add(file);
            }
            if (out.isEmpty()) throw new BenchException(content.resolve("cyrl") + ": no page-NNNNN.md files");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Report convert(Path file) {
        String name = file.getFileName().toString();
        Matcher m = FILE.matcher(name);
        if (!m.matches()) throw new IllegalArgumentException(name);
        int number = Integer.parseInt(m.group(1));
        String slug = "page-" + m.group(1);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        FrontMatterReader.Document doc = READER.read(file.toString(), withoutBom(bytes), problems);
        if (doc == null) {
            throw new BenchException(problems.sorted().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
        }
        String title = doc.text("title");
        String date = doc.text("date");
        if (title == null || date == null) throw new BenchException(file + ": the front matter has no title or date");
        String body = links(doc.body());
        return new Report(number, slug, title, summary(body, title), LocalDate.parse(date),
                REGIONS.get(doc.text("region")), body);
    }

    /**
     * The bytes without a leading UTF-8 byte-order mark. The corpus is Hugo's input too, and Hugo reads a file that
     * starts with one; the project's own content may not (see {@code SourceDecoder}), and the report written from
     * the file has none.
     */
    private static byte[] withoutBom(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** Links between documents as links between reports; the other script's file as the other edition. */
    private static String links(String body) {
        String out = SIBLING_LINK.matcher(body).replaceAll("](../page-$1/)");
        Matcher m = OTHER_SCRIPT_LINK.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String edition = m.group(1).equals("latn") ? "uz" : "oz";
            m.appendReplacement(sb, Matcher.quoteReplacement("](../../../" + edition + "/reports/page-" + m.group(2) + "/)"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The first sentence of the first paragraph, without Markdown's emphasis and links. */
    private static String summary(String body, String title) {
        String first = body.strip().split("\n\n", 2)[0];
        String plain = first.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("*", "").strip();
        Matcher m = SENTENCE.matcher(plain);
        String sentence = m.find() ? m.group(1) : plain;
        return sentence.isBlank() ? title : sentence;
    }
}
