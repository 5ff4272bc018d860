package uz.shaffof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMojoTest {

    @Test
    void buildsBothEditionsIntoSiteUnderTheRoot(@TempDir Path dir) throws Exception {
        BuildMojo mojo = SiteFixture.configure(new BuildMojo(), SiteFixture.copyInto(dir));
        mojo.preview = true;   // the repository's site.json has the placeholder address
        mojo.execute();

        assertTrue(Files.isRegularFile(dir.resolve("site/uz/index.html")), "Latin edition");
        assertTrue(Files.isRegularFile(dir.resolve("site/oz/index.html")), "Cyrillic edition");
        var log = SiteFixture.log(mojo).lines;
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[INFO] Built ") && l.contains("(Cyrillic)")), log::toString);
        // Notes (a stated figure that disagrees with its computation) are published, so they are not warnings.
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[INFO] content/") && l.contains(": note: ")), log::toString);
    }

    @Test
    void thePlaceholderAddressFailsAPublishingBuildAndAPublicOneDoesNot(@TempDir Path dir) throws Exception {
        BuildMojo mojo = SiteFixture.configure(new BuildMojo(), SiteFixture.copyInto(dir));
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().lines().anyMatch(l -> l.matches(
                "content/site\\.json:\\d+:\\d+: baseUrl \"https://shaffof\\.example\" is a placeholder .*")),
                failure.getMessage());
        assertFalse(Files.exists(dir.resolve("site")), "nothing published");

        mojo.baseUrl = "https://shaffof.uz";
        mojo.execute();
        assertTrue(Files.readString(dir.resolve("site/sitemap.xml")).contains("https://shaffof.uz/uz/"));
    }

    @Test
    void contentErrorsFailTheBuildWithTheirPositionsAndPublishNothing(@TempDir Path dir) throws Exception {
        SiteFixture.copyInto(dir);
        Path regions = dir.resolve("content/regions.json");
        String text = Files.readString(regions, StandardCharsets.UTF_8);
        Files.writeString(regions, text.replaceFirst("\\{", "{,"), StandardCharsets.UTF_8);
        BuildMojo mojo = SiteFixture.configure(new BuildMojo(), dir);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        String message = failure.getMessage();
        assertTrue(message.startsWith("shaffof build failed (exit 1):\n"), message);
        assertTrue(message.lines().anyMatch(l -> l.matches("content/regions\\.json:1:2: .+")), message);
        assertTrue(message.contains("nothing was published"), message);
        assertEquals(null, failure.getCause(), "no stack trace to print: the message is the report");
        assertFalse(Files.exists(dir.resolve("site")), "nothing published");
    }

    @Test
    void everyParameterGivenBecomesTheCommandsOptionAndTheRestKeepTheirDefaults() {
        BuildMojo mojo = new BuildMojo();
        mojo.root = Path.of("/srv/project").toFile();
        mojo.content = Path.of("/srv/data/content").toFile();
        mojo.templates = Path.of("/srv/data/templates").toFile();
        mojo.out = Path.of("/srv/public").toFile();
        mojo.baseUrl = "https://region.example/";
        mojo.cache = Path.of("/var/cache/shaffof").toFile();
        assertEquals(List.of("build", "--root", "/srv/project", "--content", "/srv/data/content",
                "--templates", "/srv/data/templates", "--out", "/srv/public", "--base-url", "https://region.example/",
                "--cache", "/var/cache/shaffof"), mojo.arguments());

        BuildMojo defaults = new BuildMojo();
        defaults.root = Path.of("/srv/project").toFile();
        assertEquals(List.of("build", "--root", "/srv/project"), defaults.arguments(),
                "content/, templates/, site/ and .shaffof-cache/ under the root, as the command's own defaults");

        BuildMojo preview = new BuildMojo();
        preview.root = Path.of("/srv/project").toFile();
        preview.preview = true;
        assertEquals(List.of("build", "--root", "/srv/project", "--preview"), preview.arguments());
    }

    @Test
    void theFeedbackAddressBecomesTheFeedbackUrlOptionAndABlankOneIsLeftOut() {
        BuildMojo mojo = new BuildMojo();
        mojo.root = Path.of("/srv/project").toFile();
        mojo.feedbackUrl = "https://github.com/owner/repo/issues/new";
        assertEquals(List.of("build", "--root", "/srv/project", "--feedback-url",
                "https://github.com/owner/repo/issues/new"), mojo.arguments());

        // What an unset SHAFFOF_FEEDBACK_URL gives through -Dshaffof.feedbackUrl=: the site.json setting stays.
        mojo.feedbackUrl = "";
        assertEquals(List.of("build", "--root", "/srv/project"), mojo.arguments());
    }

    @Test
    void skipRunsNothing(@TempDir Path dir) throws Exception {
        BuildMojo mojo = SiteFixture.configure(new BuildMojo(), dir);   // an empty folder: a build would fail
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
