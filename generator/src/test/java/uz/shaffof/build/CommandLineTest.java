package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;
import uz.shaffof.testsite.TestSite.Run;

/** The command line as CI and editors use it: exit codes, messages, the summary line (on small test sites). */
class CommandLineTest {
    @TempDir
    Path dir;

    private static final TestSite MINIMAL = TestSite.fixture("minimal");

    /** A share stated in its source that disagrees with the one computed from the raw figures, and a change likewise. */
    private static final TestSite STATED_FIGURES = MINIMAL.with("content/indicators/tested.json", """
            {
              "id": "tested",
              "title": "Аттестациядан ўтказилганлар",
              "definition": "Аттестациядан ўтказилганлар сони.",
              "methodology": "Ҳисоботдан.",
              "unit": "person",
              "better": "higher",
              "topic": "digital-skills",
              "observations": [
                {"region": "UZ-AN", "year": 2016, "value": 2390, "source": {"id": "src-a", "locator": "2-бўлим"}}
              ]
            }
            """).with("content/indicators/passed.json", """
            {
              "id": "passed",
              "title": "Топширганлар",
              "definition": "Топширганлар сони.",
              "methodology": "Ҳисоботдан.",
              "unit": "person",
              "better": "higher",
              "topic": "digital-skills",
              "observations": [
                {"region": "UZ-AN", "year": 2016, "value": 900, "source": {"id": "src-a", "locator": "2-бўлим"}}
              ]
            }
            """).with("content/indicators/pass-rate.json", """
            {
              "id": "pass-rate",
              "title": "Топширганлар улуши",
              "definition": "Топширганлар улуши.",
              "methodology": "Ҳисобланади.",
              "unit": "percent",
              "better": "higher",
              "topic": "digital-skills",
              "derivation": {"numerator": "passed", "denominator": "tested"},
              "stated": [
                {"region": "UZ-AN", "year": 2016, "value": 42.2, "source": {"id": "src-a", "locator": "2-бўлим"}}
              ]
            }
            """).with("content/websites/ratings.json", """
            {
              "title": "Рейтинг",
              "method": "Усул.",
              "scale": null,
              "scores": [
                {"organisation": "hokimlik", "name": "Ҳокимлик", "region": "UZ-AN", "year": 2015, "score": 72.3, "source": {"id": "src-a", "locator": "4-бўлим"}},
                {"organisation": "hokimlik", "name": "Ҳокимлик", "region": "UZ-AN", "year": 2016, "score": 80.5, "statedChangePercent": 8.19, "source": {"id": "src-a", "locator": "4-бўлим"}}
              ]
            }
            """);

    @Test
    void buildPrintsOneSummaryLineAndExitsZero() {
        Run r = MINIMAL.cli(dir, "build", "--preview");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().matches("Built \\d+ pages in uz \\(Latin\\) and \\d+ in oz \\(Cyrillic\\), \\d+ files, in [0-9.]+ s "
                + "\\(rendered \\d+ of \\d+ pages, \\d+ reused\\)"),
                r.out());
        assertTrue(Files.isRegularFile(dir.resolve("project/site/uz/index.html")));
    }

    @Test
    void aPlaceholderBaseUrlFailsAPublishingBuildAtItsLineInSiteJson() throws IOException {
        Path project = MINIMAL.write(dir).root();
        String siteJson = Files.readString(project.resolve("content/site.json"));
        assertTrue(siteJson.contains("\"baseUrl\": \"https://test.example\""), "the fixture is a placeholder");
        int line = (int) siteJson.substring(0, siteJson.indexOf("\"baseUrl\"")).chars().filter(c -> c == '\n').count() + 1;
        Run r = Run.of("build", "--root", project.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/site\\.json:" + line
                + ":\\d+: baseUrl \"https://test\\.example\" is a placeholder .*--preview.*")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(project.resolve("site")), "nothing published");
    }

    @Test
    void localHostsAreRefusedAndARealOneIsNot() throws IOException {
        Path project = MINIMAL.write(dir).root();
        Path siteJson = project.resolve("content/site.json");
        String original = Files.readString(siteJson);
        for (String host : new String[] {"https://localhost:8000", "https://127.0.0.1", "https://example.org",
                "https://news.test", "https://a.invalid", "https://box.local", "https://www.example.com"}) {
            Files.writeString(siteJson, original.replace("https://test.example", host));
            Run r = Run.of("check", "--root", project.toString());
            assertEquals(0, r.code(), "check is not a publishing build: " + r.err());
            r = Run.of("build", "--root", project.toString());
            assertEquals(1, r.code(), host + ": " + r.err());
            assertTrue(r.err().contains("content/site.json:"), r.err());
        }
        Files.writeString(siteJson, original.replace("https://test.example", "https://shaffof.uz"));
        Run r = Run.of("build", "--root", project.toString());
        assertEquals(0, r.code(), "a public host is published: " + r.err());
    }

    @Test
    void aPreviewBuildAcceptsThePlaceholder() {
        Run r = MINIMAL.cli(dir, "build", "--preview");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("project/site/uz/index.html")));
    }

    @Test
    void aBaseUrlOnTheCommandLineIsPublishedInEveryAbsoluteLink() throws IOException {
        // The site with a chart page of its own (and so an embed snippet), whose site.json has the placeholder.
        Run r = TestSite.fixture("every-kind").cli(dir, "build", "--base-url", "https://x.uz");
        assertEquals(0, r.code(), r.err());
        Path project = dir.resolve("project");
        String page = Files.readString(project.resolve("site/uz/charts/portal-late-share/index.html"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://x.uz/uz/charts/portal-late-share/\">"), page);
        assertTrue(page.contains("src=&quot;https://x.uz/uz/embed/"), "the iframe snippet");
        assertFalse(page.contains("test.example"), "no placeholder left");
        assertFalse(Files.readString(project.resolve("site/sitemap.xml")).contains("test.example"));
    }

    @Test
    void checkWritesNothing() {
        Run r = MINIMAL.cli(dir, "check");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(dir.resolve("project/site")));
    }

    @Test
    void checkReportsTheStatedShareThatDisagreesWithItsComputationWithFileAndLine() {
        Run r = STATED_FIGURES.cli(dir, "check", "--strict");
        assertEquals(0, r.code(), "a note, not a warning: the site shows both figures on purpose\n" + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/indicators/pass-rate\\.json:\\d+:\\d+: "
                + "note: stated 42\\.2% for UZ-AN 2016 disagrees with 37\\.7% computed from 900 / 2390 .*")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/websites/ratings\\.json:\\d+:\\d+: note: stated change "
                + "\\+8\\.19% .* disagrees with \\+11\\.3% .*")), r.err());
    }

    @Test
    void malformedJsonExitsOneWithFileLineAndColumnAndNoStackTrace() {
        Run r = MINIMAL.with("content/site.json", "{\n  \"title\": \"x\",\n}\n").cli(dir, "build", "--preview");
        assertEquals(1, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/site\\.json:\\d+:\\d+: .+")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(dir.resolve("project/site")), "nothing published");
    }

    @Test
    void severalContentErrorsAreReportedTogether() {
        Run r = MINIMAL.with("content/site.json", "{ broken").with("content/sources.json", "[ also broken")
                .cli(dir, "check");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/site.json:") && r.err().contains("content/sources.json:"), r.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Run r = Run.of("build", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = Run.of("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"build", "check", "serve", "translit", "import", "new"}) assertTrue(r.out().contains(c), r.out());
    }

    @Test
    void missingContentDirectoryIsAClearError() {
        Run r = Run.of("check", "--root", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content directory not found"), r.err());
    }

    @Test
    void anAssetLinkedToTheEnvironmentIsRefusedWithItsPathAndExitOne() throws IOException {
        Path project = MINIMAL.write(dir).root();
        Files.createSymbolicLink(project.resolve("templates/assets/env.css"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(project.resolve("templates/passwd.ftlh"), Path.of("/etc/passwd"));
        Run r = Run.of("build", "--preview", "--root", project.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("templates/assets/env.css:1:1: symbolic links are not followed"), r.err());
        assertTrue(r.err().contains("templates/passwd.ftlh:1:1: symbolic links are not followed"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertFalse(Files.exists(project.resolve("site")), "nothing was published");
    }

    @Test
    void anAssetNamedWithACapitalIsAContentErrorNotAnInternalOne() {
        Run r = MINIMAL.with("templates/assets/Logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").cli(dir, "check");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("templates/assets/Logo.svg:1:1: asset name \"Logo.svg\" cannot be published"), r.err());
        assertTrue(r.err().contains("for example \"logo.svg\""), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }
}
