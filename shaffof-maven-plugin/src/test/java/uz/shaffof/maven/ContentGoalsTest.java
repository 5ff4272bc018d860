package uz.shaffof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shaffof:import} and {@code shaffof:new}: a site made from the template has the plugin but no
 * {@code shaffof.jar}, so the editors' commands are goals too, with the command's options and nothing of a build's.
 */
class ContentGoalsTest {

    @Test
    void importPassesTheSpreadsheetAndItsOptionsAndNoBuildOptions() {
        ImportMojo mojo = new ImportMojo();
        mojo.root = Path.of("/srv/site").toFile();
        mojo.templates = Path.of("/srv/site/templates").toFile();
        mojo.cache = Path.of("/srv/cache").toFile();
        mojo.file = Path.of("/srv/site/figures.xlsx").toFile();
        mojo.indicator = "internet-users";
        mojo.source = "andijan-ict-2016";
        mojo.sheet = "2017";
        mojo.update = true;
        assertEquals(List.of("import", "--root", "/srv/site", "--indicator", "internet-users", "--source",
                "andijan-ict-2016", "--sheet", "2017", "--update", "--", "/srv/site/figures.xlsx"), mojo.arguments());
    }

    @Test
    void templatesExportsTheNamedBuiltInFilesIntoTheSite(@TempDir Path dir) throws Exception {
        TemplatesMojo mojo = SiteFixture.configure(new TemplatesMojo(), dir);
        mojo.cache = null;
        mojo.content = dir.resolve("elsewhere").toFile();
        mojo.export = true;
        mojo.files = List.of("layout.ftlh", " assets/site.css");
        assertEquals(List.of("templates", "--root", dir.toString(), "--export", "--", "layout.ftlh",
                "assets/site.css"), mojo.arguments(), "no --content: the command reads none");
        mojo.execute();
        assertEquals(Files.readString(SiteFixture.REPOSITORY.resolve("templates/layout.ftlh")),
                Files.readString(dir.resolve("templates/layout.ftlh")));
        assertTrue(Files.isRegularFile(dir.resolve("templates/assets/site.css")));
    }

    @Test
    void newWritesAStartingFileThatCheckAccepts(@TempDir Path dir) throws Exception {
        SiteFixture.copyInto(dir);
        NewMojo mojo = SiteFixture.configure(new NewMojo(), dir);
        mojo.cache = null;
        mojo.kind = "indicator";
        mojo.name = "mobile-subscribers";
        mojo.script = "cyrl";
        assertEquals(List.of("new", "--root", dir.toString(), "--script", "cyrl", "--", "indicator",
                "mobile-subscribers"), mojo.arguments());
        mojo.execute();
        Path written = dir.resolve("content/indicators/mobile-subscribers.json");
        assertTrue(Files.isRegularFile(written), SiteFixture.log(mojo).lines.toString());
        assertTrue(Files.readString(written, StandardCharsets.UTF_8).contains("\"id\": \"mobile-subscribers\""));

        CheckMojo check = SiteFixture.configure(new CheckMojo(), dir);
        check.execute();
    }
}
