package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.problem.Problem;
import uz.shaffof.testsite.TestSite;

/**
 * A site needs no templates of its own: without a {@code templates/} directory it is built with the generator's
 * built-in templates and assets, and each file it does have replaces the built-in file of the same path, the rest
 * still coming from the generator. Errors name the file where it is: the site's override by its path, a built-in
 * one as such.
 */
class TemplateOverridesTest {
    /** The minimal site without a template of its own. */
    private static final TestSite BARE = TestSite.fixture("minimal").withoutFromProject("templates");

    @TempDir
    Path dir;

    private static String builtIn(String path) throws IOException {
        return Files.readString(TestSite.PROJECT.resolve("templates").resolve(path), StandardCharsets.UTF_8);
    }

    /** The built-in regions page with one paragraph more, as a site that copied it and changed it has it. */
    private static String regionsWith(String paragraph) throws IOException {
        String text = builtIn("regions.ftlh");
        String h1 = "<h1>${body.title}</h1>\n";
        assertTrue(text.contains(h1), "the built-in regions.ftlh has its title line");
        return text.replace(h1, h1 + paragraph + "\n");
    }

    @Test
    void aSiteWithoutTemplatesIsBuiltWholeWithTheBuiltInOnes() {
        TestSite.Built bare = BARE.build(dir.resolve("bare"));
        assertTrue(bare.ok(), bare.messages());
        assertFalse(Files.exists(bare.options().templates()), "the site really has no templates/");
        assertTrue(bare.text("uz/index.html").contains("lang=\"uz-Latn\""), "the Latin edition");
        assertTrue(bare.text("oz/index.html").contains("lang=\"uz-Cyrl\""), "the Cyrillic edition");
        assertTrue(bare.files().keySet().stream().anyMatch(p -> p.matches("assets/site\\.[0-9a-f]+\\.css")),
                "the built-in stylesheet is published: " + bare.files().keySet());

        // The built-in templates are this repository's templates/: the same site with a copy of them is the same.
        TestSite.Built copied = TestSite.fixture("minimal").build(dir.resolve("copied"));
        assertTrue(copied.ok(), copied.messages());
        assertEquals(copied.files().keySet(), bare.files().keySet());
        for (Map.Entry<String, OutputFile> f : copied.files().entrySet()) {
            assertArrayEquals(f.getValue().bytes(), bare.files().get(f.getKey()).bytes(), f.getKey());
        }
    }

    @Test
    void oneOverrideReplacesItsBuiltInFileAndTheRestStayBuiltIn() throws IOException {
        TestSite.Built built = BARE
                .with("templates/regions.ftlh", regionsWith("<p class=\"lead\">Our own regions page.</p>"))
                .with("templates/.DS_Store", "junk, skipped unread")
                .build(dir);
        assertTrue(built.ok(), built.messages());
        assertTrue(built.text("uz/regions/index.html").contains("Our own regions page."), "the override is used");
        assertFalse(built.text("uz/index.html").contains("Our own regions page."), "other pages are the built-in ones");
        assertTrue(built.text("uz/about/index.html").contains("<main"), "a built-in page is still rendered");
        assertEquals(Set.of("regions.ftlh", ".DS_Store"), fileNames(built.options().templates()),
                "the site has only its override (and junk)");
    }

    @Test
    void anAssetOverrideIsPublishedAndTheOtherAssetsAreBuiltIn() throws IOException {
        String css = builtIn("assets/site.css") + "\n.our-own { color: #000; }\n";
        TestSite.Built built = BARE.with("templates/assets/site.css", css).build(dir);
        assertTrue(built.ok(), built.messages());
        String published = built.files().entrySet().stream()
                .filter(e -> e.getKey().matches("assets/site\\.[0-9a-f]+\\.css")).map(e -> e.getValue().text())
                .findFirst().orElseThrow();
        assertEquals(css, published);
        assertTrue(built.files().keySet().stream().anyMatch(p -> p.matches("assets/search\\.[0-9a-f]+\\.js")),
                "the built-in search script is still published");
        assertTrue(built.files().containsKey("assets/favicon.svg"), "and the built-in icon");
    }

    @Test
    void anErrorInAnOverrideIsReportedAtTheOverridesLine() {
        TestSite.Built built = BARE.with("templates/regions.ftlh", """
                <#import "layout.ftlh" as l>
                <@l.page page=page>
                <h1>${body.noSuchField}</h1>
                </@l.page>
                """).build(dir);
        assertFalse(built.ok(), "a template error fails the build");
        List<String> lines = built.problems().stream().map(Problem::toString).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("templates/regions.ftlh:3:7: template error: ")),
                built.messages());
    }

    @Test
    void anErrorInABuiltInTemplateSaysItIsBuiltIn() {
        // An override of the layout without the macro every built-in page calls: the error is in the built-in page.
        TestSite.Built built = BARE.with("templates/layout.ftlh", "<#macro other></#macro>\n").build(dir);
        assertFalse(built.ok(), "a template error fails the build");
        assertTrue(built.problems().stream().map(Problem::toString)
                        .anyMatch(l -> l.matches("\\[built-in] templates/[a-z-]+\\.ftlh:\\d+:\\d+: template error: .*")),
                built.messages());
    }

    @Test
    void changingAnOverrideRendersTheCachedPagesAgain() throws IOException {
        BuildOptions options = BARE.with("templates/regions.ftlh", regionsWith("<p>First.</p>")).write(dir);
        TestSite.Built first = TestSite.build(options);
        assertTrue(first.ok(), first.messages());
        TestSite.Built again = TestSite.build(options);
        assertEquals(List.of(), again.result().renderedPages(), "nothing changed: every page from the cache");

        Files.writeString(options.templates().resolve("regions.ftlh"), regionsWith("<p>Second.</p>"));
        TestSite.Built edited = TestSite.build(options);
        assertTrue(edited.ok(), edited.messages());
        assertEquals(first.result().pages(), edited.result().renderedPages().size(),
                "an edited override renders every page again (any template may include any other)");
        assertTrue(edited.text("uz/regions/index.html").contains("<p>Second.</p>"), "the edit is published");
    }

    @Test
    void removingTheLastOverrideRendersTheBuiltInPagesAgain() throws IOException {
        BuildOptions options = BARE.with("templates/regions.ftlh", regionsWith("<p>Ours.</p>")).write(dir);
        assertTrue(TestSite.build(options).ok());
        Files.delete(options.templates().resolve("regions.ftlh"));
        Files.delete(options.templates());
        TestSite.Built bare = TestSite.build(options);
        assertTrue(bare.ok(), bare.messages());
        assertFalse(bare.text("uz/regions/index.html").contains("<p>Ours.</p>"), "the built-in page again");
    }

    @Test
    void aTemplatesDirectoryNamedOnTheCommandLineMustExist() {
        TestSite.Run run = BARE.cli(dir, "check", "--templates", dir.resolve("no-such-dir").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--templates " + dir.resolve("no-such-dir") + ": no such directory"), run.err());
    }

    @Test
    void aFileWhereTheTemplatesDirectoryWouldBeIsAnError() {
        TestSite.Built built = BARE.with("templates", "not a folder").build(dir);
        assertFalse(built.ok());
        assertTrue(built.messages().startsWith("templates:1:1: is a file; the template overrides must be a directory"),
                built.messages());
    }

    private static Set<String> fileNames(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
