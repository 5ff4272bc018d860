package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.Problem;

class CorpusBenchTest {
    @TempDir
    Path tmp;

    @Test
    void buildsEveryPageOfItsEditionWithListPagesAndSearchIndex() throws IOException {
        Path corpus = TinyCorpus.write(tmp.resolve("corpus"));
        Path out = tmp.resolve("site");

        BenchResult r = new CorpusBench(corpus, false).run(out);

        assertEquals(List.of(), r.problems());
        // 6 pages, and per edition its home and 2 region pages, and the site's home.
        assertEquals(6 + 2 * 3 + 1, r.htmlPages());
        String latn = read(out, "latn/page-00001.html");
        assertTrue(latn.contains("<title>Andijon: Hisobot 1 | Shaffof bench</title>"), latn);
        assertTrue(latn.contains("<a href=\"#tarmoq-holati\">Tarmoq holati</a>"), "table of contents: " + latn);
        assertTrue(latn.contains("<div class=\"table-scroll\""), "the jsoup pass wraps tables: " + latn);
        assertTrue(latn.contains("href=\"/latn/region/buxoro.html\""), "navigation: " + latn);
        String cyrl = read(out, "cyrl/page-00002.html");
        assertTrue(cyrl.contains("<h1>Бухоро: Ҳисобот 2</h1>"), cyrl);
        assertTrue(cyrl.contains("id=\"tarmoq-holati\""), "the same heading id in both scripts: " + cyrl);
        assertTrue(read(out, "latn/region/buxoro.html").contains("/latn/page-00002.html"));
        assertFalse(read(out, "latn/region/andijon.html").contains("/latn/page-00002.html"));
        assertTrue(Files.exists(out.resolve("search/meta.json")));
        assertEquals(r.wallNanos() > 0, true);
    }

    @Test
    void linkCheckFindsABrokenLinkAndNothingIsPublished() throws IOException {
        Path corpus = TinyCorpus.write(tmp.resolve("corpus"));
        Path page = corpus.resolve("content/latn/page-00003.md");
        Files.writeString(page, Files.readString(page).replace("(page-00001.html)", "(page-00099.html)"));
        Path out = tmp.resolve("site");

        BenchResult r = new CorpusBench(corpus, false).run(out);

        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertTrue(p.toString().startsWith("site/latn/page-00003.html:"), p.toString());
        assertTrue(p.message().contains("latn/page-00099.html is not in the site"), p.message());
        assertTrue(p.pos().line() > 1 && p.pos().column() >= 1, "located at the link's line and column: " + p);
        assertFalse(Files.exists(out), "a site with a broken link must not be published");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".site."))
                    .filter(n -> !n.equals(".site.lock")).toList(), "the staging directory is removed");
        }
    }

    @Test
    void translitPublishesEveryPageInBothEditions() throws IOException {
        Path corpus = TinyCorpus.write(tmp.resolve("corpus"));
        Path out = tmp.resolve("site");

        BenchResult r = new CorpusBench(corpus, true).run(out);

        assertEquals(List.of(), r.problems());
        assertEquals(12 + 2 * 3 + 1, r.htmlPages());
        String cyrlOfLatin = read(out, "oz/latn/page-00001.html");
        assertTrue(cyrlOfLatin.contains("<h1>Андижон: Ҳисобот 1</h1>"), cyrlOfLatin);
        assertTrue(cyrlOfLatin.contains("lang=\"uz-Cyrl\""), cyrlOfLatin);
        assertTrue(cyrlOfLatin.contains("href=\"../../uz/latn/page-00001.html\""), "edition switch: " + cyrlOfLatin);
        String latinOfCyrillic = read(out, "uz/cyrl/page-00002.html");
        assertTrue(latinOfCyrillic.contains("<h1>Buxoro: Hisobot 2</h1>"), latinOfCyrillic);
        assertTrue(read(out, "uz/latn/page-00001.html").contains("<h1>Andijon: Hisobot 1</h1>"));
        assertTrue(r.stageThreadNanos().get(Stage.TRANSLIT) > 0);
    }

    private static String read(Path out, String path) throws IOException {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }
}
