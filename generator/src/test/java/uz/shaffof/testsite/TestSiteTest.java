package uz.shaffof.testsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.pipeline.BuildOptions;

/** The txtar test-site format and its builder, on the smallest site that builds. */
class TestSiteTest {
    @TempDir
    Path dir;

    @Test
    void filesAreTheLinesBetweenMarkersAndTheHeaderCarriesCommentsAndDirectives() {
        SiteTxtar t = SiteTxtar.parse("""
                # a comment

                from-project: templates
                -- content/a.json --
                {"a": 1}
                -- content/pages/b.md --
                line one

                line three
                """);
        assertEquals(List.of("templates"), t.fromProject());
        assertEquals(Map.of("content/a.json", "{\"a\": 1}\n", "content/pages/b.md", "line one\n\nline three\n"), t.files());
        assertEquals(List.of("content/a.json", "content/pages/b.md"), List.copyOf(t.files().keySet()));
        assertEquals(t, SiteTxtar.parse(t.format()));
    }

    @Test
    void aMisspeltDirectiveAnEscapingPathAndATwiceWrittenFileAreErrorsWithTheirLine() {
        var misspelt = assertThrows(IllegalArgumentException.class, () -> SiteTxtar.parse("# x\nfrom-projet: templates\n"));
        assertEquals("txtar:2: expected a comment (#), \"from-project: PATH\" or a \"-- path --\" marker, found "
                + "\"from-projet: templates\"", misspelt.getMessage());
        var escaping = assertThrows(IllegalArgumentException.class, () -> SiteTxtar.parse("-- ../etc/passwd --\nx\n"));
        assertEquals("txtar:1: \"../etc/passwd\" is not a relative path inside the project", escaping.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> SiteTxtar.parse("-- a --\n-- b --\n-- a --\n"));
        assertEquals("txtar:3: file a appears twice", twice.getMessage());
    }

    @Test
    void fromProjectCopiesTheProjectsFilesAndTheSitesOwnFilesAreWrittenOverThem() throws IOException {
        BuildOptions o = TestSite.parse("""
                from-project: templates
                -- templates/notfound.ftlh --
                replaced
                """).write(dir);
        assertEquals("replaced\n", Files.readString(o.templates().resolve("notfound.ftlh")));
        assertEquals(Files.readString(TestSite.PROJECT.resolve("templates/layout.ftlh")),
                Files.readString(o.templates().resolve("layout.ftlh")));
        assertFalse(Files.exists(o.content()), "nothing but what the site names");
    }

    @Test
    void theMinimalFixtureBuildsBothEditionsOfEveryPageKindItHasContentFor() {
        TestSite.Built b = TestSite.fixture("minimal").build(dir);
        assertEquals(List.of(), b.problems(), b.messages());
        for (String edition : List.of("uz", "oz")) {
            for (String page : List.of("index.html", "regions/andijon/index.html", "indicators/users/index.html",
                    "about/index.html")) {
                assertTrue(b.files().containsKey(edition + "/" + page), edition + "/" + page);
            }
        }
        assertTrue(b.text("uz/regions/andijon/index.html").contains("Andijon viloyati"));
        assertTrue(Files.isRegularFile(b.options().out().resolve("uz/index.html")), "published");
    }

    @Test
    void aFailedBuildGivesItsProblemsAndNoFiles() {
        TestSite.Built b = TestSite.fixture("minimal").with("content/sources.json", "{ broken\n").check(dir);
        assertFalse(b.ok());
        assertTrue(b.messages().startsWith("content/sources.json:1:"), b.messages());
        assertEquals(Map.of(), b.files());
    }
}
