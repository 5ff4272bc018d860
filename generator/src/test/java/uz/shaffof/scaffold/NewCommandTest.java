package uz.shaffof.scaffold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uz.shaffof.Main;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/** {@code shaffof new}: each kind, in both scripts, loads with the real content; nothing is ever overwritten. */
class NewCommandTest {
    private static final Path REAL_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ContentLoader LOADER = ContentLoader.create();

    @TempDir
    Path tmp;
    Path root;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.concat(Stream.of("new"), Stream.of(args)), Stream.of("--root=" + root))
                .toArray(String[]::new);
        int code = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copyRealContent() throws IOException {
        root = tmp.resolve("site");
        Path from = REAL_ROOT.resolve("content");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = root.resolve("content").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private LoadResult load() {
        return LOADER.load(root, root.resolve("content"));
    }

    @ParameterizedTest
    @CsvSource({"report, reports/new-thing.md", "indicator, indicators/new-thing.json", "chart, charts/new-thing.json"})
    void eachKindInEachScriptLoadsWithTheRealContent(String kind, String path) throws IOException {
        for (String script : List.of("latn", "cyrl")) {
            Path file = root.resolve("content").resolve(path);
            Files.deleteIfExists(file);
            Run r = run(kind, "new-thing", "--script", script);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Wrote content/" + path + " (Uzbek " + (script.equals("latn") ? "Latin" : "Cyrillic") + ")"), r.out());
            LoadResult loaded = load();
            assertFalse(loaded.hasErrors(), () -> loaded.problems().toString());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Script expected = script.equals("latn") ? Script.LATIN : Script.CYRILLIC;
            String words = text.replaceAll("\"[a-z0-9-]+\"|[a-zA-Z]+\\.[a-z]+|\\b(id|title|summary|date|region|source|order|"
                    + "corrections|definition|methodology|unit|better|topic|observations|dataset|kind|regions|years|YAML|"
                    + "Markdown|YYYY|MM|DD|shaffof|check|asOf|original|corrected|reason|content|UZ|AN|bar|higher|count)\\b", "");
            assertEquals(expected, Transliterator.dominantScript(words), text);
        }
    }

    @Test
    void aReportIsCommentedInItsFrontMatterAndPointsAtThingsThatExist() throws IOException {
        assertEquals(0, run("report", "r", "--source", "e-government-interview-2020").code());
        String text = Files.readString(root.resolve("content/reports/r.md"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("---\n# Hisobot: shu sarlavha qismi (YAML)"), text);
        assertTrue(text.contains("\nsource: \"e-government-interview-2020\"\n"), text);
        assertTrue(text.contains("\ndate: 2020-10-05\n"), "the site's as-of date, never the clock: " + text);
        assertTrue(text.contains("\norder: 3\n"), "after the reports there are: " + text);
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path existing = root.resolve("content/indicators/broadband-users.json");
        byte[] before = Files.readAllBytes(existing);
        Run r = run("indicator", "broadband-users");
        assertEquals(2, r.code());
        assertEquals("new: content/indicators/broadband-users.json: already exists; nothing was written (edit it, or choose another name)\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(existing));
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("page", "x").code());
        assertEquals(2, run("indicator", "Not A Slug").code());
        assertEquals(2, run("chart", "c", "--dataset", "no-such").code());
        assertEquals(2, run("report", "r", "--source", "no-such").code());
        assertEquals(2, run("indicator", "x", "--script", "arab").code());
        assertEquals(2, run("region-data", "d", "--years", "2020-2016").code());
    }

    @Test
    void regionDataIsASpreadsheetThatImportReadsOnceFilledIn() throws Exception {
        LoadResult loaded = load();
        Content content = loaded.content();
        Path csv = tmp.resolve("broadband-2020.csv");
        Starter starter = new Starters(content, root.resolve("content"), Transliterator.standard(), Script.CYRILLIC)
                .regionData(csv, 2019, 2020);
        StarterWriter.write(starter);
        // The editor fills in two cells (Excel keeps the byte-order mark and the separators).
        String filled = Files.readString(csv, StandardCharsets.UTF_8)
                .replace("Андижон вилояти;;", "Андижон вилояти;21 000;22 500")
                .replace("Хоразм вилояти;;", "Хоразм вилояти;-;9 100");
        Files.writeString(csv, filled, StandardCharsets.UTF_8);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"import", csv.toString(), "--indicator", "broadband-users", "--source",
                "andijan-ict-2016", "--root", root.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("broadband-2020.csv: 3 figure(s) for broadband-users: 3 added, 0 unchanged"), out.toString());
        assertFalse(load().hasErrors());
    }

    @Test
    void regionDataInLatinNamesEveryRegionOnce() throws IOException {
        Run r = run("region-data", tmp.resolve("d").toString(), "--years", "2016-2020");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(tmp.resolve("d.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFF\"Har bir katakka bitta raqam yozing;"), lines.get(0));
        assertEquals("Hudud;2016;2017;2018;2019;2020", lines.get(1));
        assertEquals(16, lines.size());
        assertTrue(lines.contains("Qoraqalpogʻiston Respublikasi;;;;;"), lines.toString());
        assertTrue(lines.contains("Toshkent shahri;;;;;"), lines.toString());
    }
}
