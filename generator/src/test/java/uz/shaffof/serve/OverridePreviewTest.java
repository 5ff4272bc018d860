package uz.shaffof.serve;

import uz.shaffof.pipeline.BuildListener;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.TestSite;

/**
 * {@code serve} on a site whose only template is one override: each rebuild of the same process (which keeps its
 * template engine between builds) renders the override as it is now, and the built-in files around it.
 */
class OverridePreviewTest {
    @TempDir
    Path dir;

    private static String regionsWith(String paragraph) throws IOException {
        String text = Files.readString(TestSite.PROJECT.resolve("templates/regions.ftlh"), StandardCharsets.UTF_8);
        return text.replace("<h1>${body.title}</h1>\n", "<h1>${body.title}</h1>\n" + paragraph + "\n");
    }

    private static String page(BuildResult r, String path) {
        return r.files().stream().filter(f -> f.path().equals(path)).map(OutputFile::text).findFirst()
                .orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    void aRebuildRendersTheEditedOverride() throws IOException {
        BuildOptions options = TestSite.fixture("minimal").withoutFromProject("templates")
                .with("templates/regions.ftlh", regionsWith("<p>First.</p>")).write(dir);
        try (PreviewBuild build = new PreviewBuild(options)) {
            BuildResult first = build.build(BuildListener.NONE);
            assertTrue(page(first, "uz/regions/index.html").contains("<p>First.</p>"));
            assertTrue(page(first, "uz/about/index.html").contains("<main"), "a built-in page");

            Files.writeString(options.templates().resolve("regions.ftlh"), regionsWith("<p>Second.</p>"));
            BuildResult second = build.build(BuildListener.NONE);
            String regions = page(second, "uz/regions/index.html");
            assertTrue(regions.contains("<p>Second.</p>"), "the edited override");
            assertFalse(regions.contains("<p>First.</p>"));
        }
        assertFalse(Files.exists(options.out()), "serve writes no site/");
    }
}
