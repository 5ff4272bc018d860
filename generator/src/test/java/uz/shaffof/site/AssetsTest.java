package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.render.TemplateFiles;

/** The project's own assets: junk is not published, and a name that cannot be published is a located error. */
class AssetsTest {
    @TempDir
    Path dir;

    private Assets collect(Path templates) {
        return Assets.collect(TemplateFiles.read(templates, "templates").under("assets"), "templates/assets", Map.of());
    }

    private Path templatesWith(String... assetNames) throws IOException {
        Path assets = Files.createDirectories(dir.resolve("templates/assets"));
        for (String name : assetNames) Files.writeString(assets.resolve(name), "x", StandardCharsets.UTF_8);
        return dir.resolve("templates");
    }

    private static List<String> messages(BuildFailure f) {
        return f.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void finderAndExplorerJunkIsNotPublished() throws IOException {
        Path templates = templatesWith("site.css", ".DS_Store", "._site.css", "Thumbs.db", "desktop.ini");
        Files.createDirectories(templates.resolve("assets/img"));
        Files.writeString(templates.resolve("assets/img/.DS_Store"), "x");
        Assets assets = collect(templates);
        assertEquals(List.of("assets/site.2d711642b7.css"), assets.files().stream().map(OutputFile::path).toList());
    }

    @Test
    void aCapitalLetterInAnAssetNameIsALocatedErrorThatSaysHowToNameIt() throws IOException {
        BuildFailure f = assertThrows(BuildFailure.class, () -> collect(templatesWith("Logo.PNG")));
        assertEquals(List.of("templates/assets/Logo.PNG:1:1: asset name \"Logo.PNG\" cannot be published (segment "
                + "\"Logo.PNG\" is not lower-case ASCII letters, digits, '.', '_' or '-'): name assets with lower-case "
                + "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit, for example \"logo.png\""),
                messages(f));
    }

    @Test
    void everyBadNameIsReportedTogether() throws IOException {
        Path templates = templatesWith("my logo.svg", "шрифт.woff2", "ok.css", "_draft.css");
        Files.createDirectories(templates.resolve("assets/Fonts"));
        Files.writeString(templates.resolve("assets/Fonts/a.woff2"), "x");
        BuildFailure f = assertThrows(BuildFailure.class, () -> collect(templates));
        List<String> m = messages(f);
        assertEquals(4, m.size(), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("templates/assets/Fonts/a.woff2:1:1: asset name \"Fonts/a.woff2\"")
                && s.endsWith("for example \"fonts/a.woff2\"")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("templates/assets/_draft.css:1:1: asset name \"_draft.css\"")
                && s.endsWith("for example \"draft.css\"")), m.toString());
        // A name with a space cannot be one path:line:col token: the folder is named, and the message quotes the name.
        assertTrue(m.stream().anyMatch(s -> s.startsWith("templates/assets:1:1: asset name \"my logo.svg\"")
                && s.endsWith("for example \"my-logo.svg\"")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("templates/assets/шрифт.woff2:1:1: asset name \"шрифт.woff2\"")),
                m.toString());
    }

    @Test
    void anAssetMayNotTakeTheNameOfOneTheGeneratorShips() throws IOException {
        Path templates = templatesWith("chart.js");
        BuildFailure f = assertThrows(BuildFailure.class, () -> Assets.collect(
                TemplateFiles.read(templates, "templates").under("assets"), "templates/assets", BundledAssets.ALL));
        assertEquals(List.of("templates/assets/chart.js:1:1: the generator publishes its own assets/chart.js; give this "
                + "file another name"), messages(f));
    }
}
