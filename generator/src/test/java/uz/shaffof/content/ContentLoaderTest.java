package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.Problem;

class ContentLoaderTest {
    @TempDir
    Path dir;

    @Test
    void minimalFixtureLoads() {
        LoadResult r = ContentFixture.minimal(dir).load();
        assertTrue(r.problems().isEmpty(), ProblemAssertions.dump(r));
        Content c = r.content();
        assertNotNull(c);
        assertEquals(List.of("pass-rate", "passed", "users"), c.indicators().stream().map(Indicator::id).toList());
        assertEquals("", c.strings().get("empty.ok").written(), "an interface string may be empty");
        assertEquals("", c.glossaryTsv(), "no glossary yet: an empty one");
    }

    @Test
    void everyRecordKeepsThePositionOfItsObject() {
        Content c = ContentFixture.minimal(dir).load().content();
        assertEquals("content/regions.json:3:5", c.regions().get(0).pos().toString());
        assertEquals("content/indicators/users.json:11:5", c.indicators().get(2).observations().get(1).pos().toString());
        assertEquals("content/site.json:1:1", c.site().pos().toString());
        Document report = c.reports().get(0);
        assertEquals("content/reports/report.md:2:1", report.pos().toString());
        assertEquals(13, report.bodyLine());
    }

    /** Policy: CRLF (Windows editors) is accepted and becomes LF; positions are the same as with LF. */
    @Test
    void crlfLineEndingsAreAccepted() {
        ContentFixture f = ContentFixture.minimal(dir);
        ContentFixture.FILES.forEach((path, text) -> f.write(path, text.replace("\n", "\r\n")));
        LoadResult r = f.load();
        assertTrue(r.problems().isEmpty(), ProblemAssertions.dump(r));
        Document report = r.content().reports().get(0);
        assertFalse(report.body().text().contains("\r"));
        assertEquals(13, report.bodyLine());
        assertEquals("content/indicators/users.json:11:5",
                r.content().indicators().get(2).observations().get(1).pos().toString());
    }

    @Test
    void reportsProblemsInEveryFileAtOnce() {
        LoadResult r = ContentFixture.minimal(dir)
                .write("content/sources.json", "{,}")
                .write("content/charts/users-bar.json", "{\"id\": 1}")
                .load();
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, "content/sources.json", 1, null);
        ProblemAssertions.assertError(r, "content/charts/users-bar.json", 1, null);
    }

    /** A broken regions.json is one error, not one "unknown region" error per figure. */
    @Test
    void aBrokenFileDoesNotCascade() {
        LoadResult r = ContentFixture.minimal(dir).write("content/regions.json", "{\"regions\": [}").load();
        ProblemAssertions.assertFailedCleanly(r);
        assertEquals(List.of("content/regions.json"), r.problems().stream().map(p -> p.pos().path()).distinct().toList());
    }

    @Test
    void problemsAreSorted() {
        LoadResult r = ContentFixture.minimal(dir)
                .write("content/sources.json", "{,}")
                .write("content/charts/users-bar.json", "{\"id\": 1}")
                .load();
        List<Problem> sorted = r.problems().stream().sorted().toList();
        assertEquals(sorted, r.problems());
    }

    @Test
    void theGlossaryIsPassedThroughAndOtherTranslitFilesAreNot() {
        LoadResult ok = ContentFixture.minimal(dir).write("content/translit/glossary.tsv", "Андижон\tAndijon\r\n").load();
        assertTrue(ok.problems().isEmpty(), ProblemAssertions.dump(ok));
        assertEquals("Андижон\tAndijon\n", ok.content().glossaryTsv());
        assertEquals("content/translit/glossary.tsv", ok.content().glossaryPath());
        LoadResult bad = ContentFixture.minimal(dir).write("content/translit/extra.tsv", "x\ty\n").load();
        ProblemAssertions.assertError(bad, "content/translit/extra.tsv", 1, "glossary.tsv");
    }

    /** Built once, the loader serves concurrent loads (the schemas and mappers are shared, immutable). */
    @Test
    void concurrentLoadsAgree() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        ContentFixture fa = ContentFixture.minimal(a);
        ContentFixture fb = ContentFixture.minimal(b);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LoadResult>> results = pool.invokeAll(List.of(fa::load, fb::load, fa::load, fb::load));
            Content first = results.get(0).get().content();
            assertNotNull(first);
            for (Future<LoadResult> f : results) assertEquals(first, f.get().content());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void textWrittenForBothEditionsStaysAPair() {
        Content c = ContentFixture.minimal(dir).load().content();
        Text title = c.site().title();
        assertTrue(title.isHandWritten());
        assertEquals(Map.of("latn", "Sinov", "cyrl", "Синов"), Map.of("latn", title.latn(), "cyrl", title.cyrl()));
    }
}
