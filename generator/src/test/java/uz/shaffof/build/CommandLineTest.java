package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.Main;

/** The command line as CI and editors use it: exit codes, messages, the summary line. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildPrintsOneSummaryLineAndExitsZero() {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Run r = run("build", "--preview", "--root", project.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().matches("Built \\d+ pages in uz \\(Latin\\) and \\d+ in oz \\(Cyrillic\\), \\d+ files, in [0-9.]+ s "
                + "\\(rendered \\d+ of \\d+ pages, \\d+ reused\\)"),
                r.out());
        assertTrue(Files.isRegularFile(project.resolve("site/uz/index.html")));
    }

    @Test
    void aPlaceholderBaseUrlFailsAPublishingBuildAtItsLineInSiteJson() throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        String siteJson = Files.readString(project.resolve("content/site.json"));
        assertTrue(siteJson.contains("\"baseUrl\": \"https://shaffof.example\""), "the fixture is the placeholder");
        int line = (int) siteJson.substring(0, siteJson.indexOf("\"baseUrl\"")).chars().filter(c -> c == '\n').count() + 1;
        Run r = run("build", "--root", project.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/site\\.json:" + line
                + ":\\d+: baseUrl \"https://shaffof\\.example\" is a placeholder .*--preview.*")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(project.resolve("site")), "nothing published");
    }

    @Test
    void localHostsAreRefusedAndARealOneIsNot() throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Path siteJson = project.resolve("content/site.json");
        String original = Files.readString(siteJson);
        for (String host : new String[] {"https://localhost:8000", "https://127.0.0.1", "https://example.org",
                "https://news.test", "https://a.invalid", "https://box.local", "https://www.example.com"}) {
            Files.writeString(siteJson, original.replace("https://shaffof.example", host));
            Run r = run("check", "--root", project.toString());
            assertEquals(0, r.code(), "check is not a publishing build: " + r.err());
            r = run("build", "--root", project.toString());
            assertEquals(1, r.code(), host + ": " + r.err());
            assertTrue(r.err().contains("content/site.json:"), r.err());
        }
    }

    @Test
    void aPreviewBuildAcceptsThePlaceholder() {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Run r = run("build", "--preview", "--root", project.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(project.resolve("site/uz/index.html")));
    }

    @Test
    void aBaseUrlOnTheCommandLineIsPublishedInEveryAbsoluteLink() throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Run r = run("build", "--base-url", "https://x.uz", "--root", project.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(project.resolve("site/uz/charts/portal-appeals-received/index.html"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://x.uz/uz/charts/portal-appeals-received/\">"), page);
        assertTrue(page.contains("src=&quot;https://x.uz/uz/embed/"), "the iframe snippet");
        assertFalse(page.contains("shaffof.example"), "no placeholder left");
        assertFalse(Files.readString(project.resolve("site/sitemap.xml")).contains("shaffof.example"));
    }

    @Test
    void checkWritesNothing() {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Run r = run("check", "--root", project.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void checkReportsTheStatedShareThatDisagreesWithItsComputationWithFileAndLine() {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Run r = run("check", "--strict", "--root", project.toString());
        assertEquals(0, r.code(), "a note, not a warning: the site shows both figures on purpose\n" + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/indicators/ict-attestation-pass-rate\\.json:\\d+:\\d+: "
                + "note: stated 42\\.2% for UZ-AN 2016 disagrees with 37\\.7% computed from 900 / 2390 .*")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/websites/ratings\\.json:\\d+:\\d+: note: stated change "
                + "\\+8\\.19% .* disagrees with \\+11\\.3% .*")), r.err());
    }

    @Test
    void malformedJsonExitsOneWithFileLineAndColumnAndNoStackTrace() throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Files.writeString(project.resolve("content/site.json"), "{\n  \"title\": \"x\",\n}\n");
        Run r = run("build", "--root", project.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("content/site\\.json:\\d+:\\d+: .+")), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(project.resolve("site")), "nothing published");
    }

    @Test
    void severalContentErrorsAreReportedTogether() throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Files.writeString(project.resolve("content/site.json"), "{ broken");
        Files.writeString(project.resolve("content/sources.json"), "[ also broken");
        Run r = run("check", "--root", project.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/site.json:") && r.err().contains("content/sources.json:"), r.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Run r = run("build", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"build", "check", "serve", "translit"}) assertTrue(r.out().contains(c), r.out());
    }

    @Test
    void missingContentDirectoryIsAClearError() {
        Run r = run("check", "--root", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content directory not found"), r.err());
    }

    @Test
    void anAssetLinkedToTheEnvironmentIsRefusedWithItsPathAndExitOne() throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Files.createSymbolicLink(project.resolve("templates/assets/env.css"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(project.resolve("templates/passwd.ftlh"), Path.of("/etc/passwd"));
        Run r = run("build", "--preview", "--root", project.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("templates/assets/env.css:1:1: symbolic links are not followed"), r.err());
        assertTrue(r.err().contains("templates/passwd.ftlh:1:1: symbolic links are not followed"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertFalse(Files.exists(project.resolve("site")), "nothing was published");
    }

    @Test
    void anAssetNamedWithACapitalIsAContentErrorNotAnInternalOne() throws IOException {
        Path project = ProjectFixture.copy(dir.resolve("p"), false).root();
        Files.writeString(project.resolve("templates/assets/Logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Run r = run("check", "--root", project.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("templates/assets/Logo.svg:1:1: asset name \"Logo.svg\" cannot be published"), r.err());
        assertTrue(r.err().contains("for example \"logo.svg\""), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }
}
