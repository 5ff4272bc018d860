package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.testsite.TestSite;

/** A build that fails anywhere (content, a template midway through the pages) leaves the published site as it was. */
class FailedBuildTest {
    @TempDir
    Path dir;

    /** Two regions, so that a template can fail on one region's page after the other's was rendered. */
    private static final TestSite TWO_REGIONS = TestSite.fixture("minimal").with("content/regions.json", """
            {
              "regions": [
                {"code": "UZ-AN", "slug": "andijon", "kind": "region", "name": "Андижон вилояти", "center": "Андижон", "districts": []},
                {"code": "UZ-NG", "slug": "namangan", "kind": "region", "name": "Наманган вилояти", "center": "Наманган", "districts": []}
              ]
            }
            """);

    private BuildOptions publishedProject() {
        BuildOptions o = TWO_REGIONS.write(dir).withOut(dir.resolve("site"));
        Build.create(o).run();
        return o;
    }

    @Test
    void aTemplateErrorOnOnePageLeavesTheOldSiteUntouched() throws IOException {
        BuildOptions o = publishedProject();
        var before = DeterminismTest.digests(o.out());
        // Fails only while rendering one region's page, after other pages were rendered.
        Path t = o.templates().resolve("region.ftlh");
        Files.writeString(t, Files.readString(t).replace("<h1>${body.title}</h1>",
                "<h1>${body.title}</h1><#if body.title?contains('Namangan') || body.title?contains('Наманган')>${no.such.value}</#if>"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> Build.create(o).run());
        Problem p = f.problems().get(0);
        assertTrue(p.toString().matches("templates/region\\.ftlh:\\d+:\\d+: template error: .*"), p.toString());
        assertEquals(before, DeterminismTest.digests(o.out()));
        assertEquals(List.of(), strays());
    }

    @Test
    void aContentErrorLeavesTheOldSiteUntouchedAndNamesFileLineAndColumn() throws IOException {
        BuildOptions o = publishedProject();
        var before = DeterminismTest.digests(o.out());
        Path regions = o.content().resolve("regions.json");
        Files.writeString(regions, Files.readString(regions).replaceFirst("\"UZ-AN\"", "\"UZ-AN\",,"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> Build.create(o).run());
        assertTrue(f.problems().get(0).toString().matches("content/regions\\.json:\\d+:\\d+: .+"), f.problems().toString());
        assertEquals(before, DeterminismTest.digests(o.out()));
    }

    @Test
    void aGateFailureAfterEveryPageWasStagedLeavesTheOldSiteUntouchedAndNoStagingBehind() throws IOException {
        BuildOptions o = publishedProject();
        var before = DeterminismTest.digests(o.out());
        // Every page renders (and is written to the staging directory); only the links gate finds the fault.
        Path t = o.templates().resolve("region.ftlh");
        Files.writeString(t, Files.readString(t).replace("<h1>${body.title}</h1>",
                "<h1>${body.title}</h1><a href=\"no-such-page/\">x</a>"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> Build.create(o).run());
        assertTrue(f.problems().stream().anyMatch(p -> p.toString().contains(
                "broken link <a href=\"no-such-page/\">: uz/regions/namangan/no-such-page/index.html is not in the site")),
                f.problems().toString());
        assertEquals(before, DeterminismTest.digests(o.out()));
        assertEquals(List.of(), strays());
    }

    @Test
    void anInvalidPageFoundWhileThePagesAreStillBeingMadeFailsTheBuildAndLeavesNoStagingBehind() throws IOException {
        BuildOptions o = publishedProject();
        var before = DeterminismTest.digests(o.out());
        // The HTML-validity gate checks each page as soon as it is staged, beside the stages after the pages; its
        // verdict still fails the build in the gates stage, and the staging it read from is deleted.
        Path t = o.templates().resolve("region.ftlh");
        Files.writeString(t, Files.readString(t).replace("<h1>${body.title}</h1>",
                "<h1>${body.title}</h1><center>x</center>"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> Build.create(o).run());
        assertEquals("gates", f.stage());
        assertTrue(f.problems().stream().anyMatch(p -> p.toString().contains(
                "The “center” element is obsolete. Use CSS instead.")), f.problems().toString());
        assertEquals(before, DeterminismTest.digests(o.out()));
        assertEquals(List.of(), strays());
    }

    @Test
    void aPublishingBuildHoldsThePagesOnDiskNotInMemory() throws IOException {
        BuildOptions o = TWO_REGIONS.write(dir).withOut(dir.resolve("site"));
        BuildResult result = Build.create(o).run();
        List<OutputFile> pages = result.files().stream().filter(OutputFile::isHtml).toList();
        assertTrue(pages.size() > 10, pages.toString());
        for (OutputFile page : pages) {
            assertTrue(page.storedAt() != null, page + " is held in memory");
            assertArrayEquals(Files.readAllBytes(o.out().resolve(page.path())), page.bytes(), page.path());
        }
    }

    private List<String> strays() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site."))
                    .filter(n -> !n.equals(".site.lock")).toList(); // the lock file stays on purpose (OutputLock)
        }
    }
}
