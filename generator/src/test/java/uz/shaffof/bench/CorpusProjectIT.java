package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.build.Build;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.problem.Problem;
import uz.shaffof.site.PageCache;

/**
 * The corpus as reports of the real project: what is written passes every check of a build (content, figures,
 * templates, every gate: links between the reports included), and each document is a page in both editions.
 */
class CorpusProjectIT {
    /** The real project (the generator module runs its tests with the module directory as working directory). */
    static final Path REAL = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void eachDocumentIsAReportOfTheRealProjectAndTheProjectPassesCheck() throws IOException {
        Path corpus = TinyCorpus.write(dir.resolve("corpus"));
        ProjectWriter files = ProjectWriter.createIn(dir.resolve("project"));
        CorpusProject.Written written = CorpusProject.write(corpus.resolve("neutral"), REAL, files);
        assertEquals(3, written.reports());

        String report = Files.readString(files.root().resolve("content/reports/page-00002.md"), StandardCharsets.UTF_8);
        assertTrue(report.startsWith("""
                ---
                title: "Бухоро: Ҳисобот 2"
                summary: "Биринчи хатбоши жумла."
                date: "2019-02-01"
                region: "UZ-BU"
                source: "page-00002"
                order: 102
                ---
                """), report);
        assertTrue(report.contains("[кейинги саҳифа](../page-00003/)"), report);
        assertTrue(report.contains("[Lotin yozuvida](../../../uz/reports/page-00002/)"), report);
        assertTrue(Files.readString(files.root().resolve("content/site.json")).contains("\"asOf\" : \"2023-03-01\""),
                "the as-of date moves to the latest report's");

        // As `shaffof check` runs it, with the real project's charts (content-addressed) so that none is drawn.
        BuildOptions options = BuildOptions.forProject(files.root()).withCache(REAL.resolve(".shaffof-cache"));
        BuildResult result = Build.create(options, PageCache.none()).generate();
        assertEquals(2 * 3, result.files().stream().filter(f -> f.path().matches("(uz|oz)/reports/page-\\d{5}/index.html"))
                .count(), "each document in both editions");
        for (String edition : List.of("uz", "oz")) {
            for (int k = 1; k <= 3; k++) {
                String path = edition + "/reports/page-0000" + k + "/index.html";
                assertTrue(result.files().stream().anyMatch(f -> f.path().equals(path)), path);
            }
        }
        List<Problem> fromReports = result.warnings().stream()
                .filter(p -> p.pos().path().startsWith("content/reports/page-")).toList();
        assertEquals(List.of(), fromReports, "the converted reports warn of nothing");
    }
}
