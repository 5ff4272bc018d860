package uz.shaffof.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.BuildFailure;

class TemplateEngineTest {
    @TempDir
    Path dir;

    private TemplateEngine engine(String name, String template) throws IOException {
        Files.writeString(dir.resolve(name), template);
        return TemplateEngine.create(dir, "templates");
    }

    @Test
    void canaryTemplateThatTriesToRunACommandFailsTheBuild() throws IOException {
        Path marker = dir.resolve("pwned");
        TemplateEngine e = engine("canary.ftlh", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>"
                + "${ex(\"touch " + marker + "\")}");
        BuildFailure f = assertThrows(BuildFailure.class, () -> e.render("canary.ftlh", Map.of()));
        assertTrue(f.problems().get(0).toString().startsWith("templates/canary.ftlh:1:"), f.problems().toString());
        assertTrue(f.problems().get(0).message().contains("?new"), f.problems().toString());
        assertTrue(Files.notExists(marker), "the command must not have run");
    }

    @Test
    void apiBuiltinIsDisabled() throws IOException {
        TemplateEngine e = engine("api.ftlh", "${m?api.getClass()}");
        assertThrows(BuildFailure.class, () -> e.render("api.ftlh", Map.of("m", Map.of("a", 1))));
    }

    @Test
    void escapesHtmlWhateverTheFileIsCalled() throws IOException {
        TemplateEngine e = engine("plain.ftl", "<p>${x}</p>");
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
                e.render("plain.ftl", Map.of("x", "<script>alert(1)</script>")));
    }

    @Test
    void missingVariableIsReportedWithTemplateLineAndColumn() throws IOException {
        TemplateEngine e = engine("missing.ftlh", "<p>ok</p>\n  <p>${nothing.here}</p>");
        BuildFailure f = assertThrows(BuildFailure.class, () -> e.render("missing.ftlh", Map.of()));
        assertTrue(f.problems().get(0).toString().startsWith("templates/missing.ftlh:2:"), f.problems().toString());
    }

    @Test
    void syntaxErrorIsReportedWithItsPosition() throws IOException {
        TemplateEngine e = engine("broken.ftlh", "<#if x>\n<p>never closed</p>\n");
        BuildFailure f = assertThrows(BuildFailure.class, () -> e.render("broken.ftlh", Map.of("x", true)));
        assertTrue(f.problems().get(0).toString().matches("templates/broken\\.ftlh:\\d+:\\d+: template syntax error: .+"),
                f.problems().toString());
    }

    @Test
    void numbersDoNotDependOnTheMachineLocale() throws IOException {
        TemplateEngine e = engine("n.ftlh", "${n}");
        assertEquals("1234567.5", e.render("n.ftlh", Map.of("n", new java.math.BigDecimal("1234567.5"))));
    }

    @Test
    void anEngineRendersTheBytesItWasMadeFromWhateverHappensOnDiskLater() throws IOException {
        Files.writeString(dir.resolve("layout.ftlh"), "<#macro frame><main><#nested></main></#macro>");
        TemplateEngine e = engine("page.ftlh", "<#import \"layout.ftlh\" as l><@l.frame>${x}</@l.frame>");
        assertEquals("<main>1</main>", e.render("page.ftlh", Map.of("x", 1)));

        Files.writeString(dir.resolve("page.ftlh"), "changed ${x}");
        Files.delete(dir.resolve("layout.ftlh"));
        assertEquals("<main>2</main>", e.render("page.ftlh", Map.of("x", 2)),
                "an engine never reads the disk again: one build renders every page from the same templates");
        assertEquals("changed 3", TemplateEngine.create(dir, "templates").render("page.ftlh", Map.of("x", 3)));
    }

    @Test
    void theFingerprintCoversEveryFileByNameAndBytes() throws IOException {
        Files.writeString(dir.resolve("a.ftlh"), "ab");
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/site.css"), "body{}");
        String first = TemplateFiles.read(dir, "templates").fingerprint();
        assertEquals(first, TemplateFiles.read(dir, "templates").fingerprint(), "same files: same fingerprint");

        Files.writeString(dir.resolve("assets/site.css"), "body{ }");
        String editedAsset = TemplateFiles.read(dir, "templates").fingerprint();
        assertTrue(!editedAsset.equals(first), "a file that is not a template counts too");

        Files.writeString(dir.resolve("assets/site.css"), "body{}");
        Files.move(dir.resolve("a.ftlh"), dir.resolve("b.ftlh"));
        assertTrue(!TemplateFiles.read(dir, "templates").fingerprint().equals(first), "a renamed file counts");
    }

    @Test
    void aMissingTemplateDirectoryFailsTheBuildWithItsName() {
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> TemplateEngine.create(dir.resolve("nowhere"), "templates"));
        assertTrue(f.problems().get(0).toString().startsWith("templates:"), f.problems().toString());
        assertTrue(f.problems().get(0).message().contains("template directory"), f.problems().toString());
    }

    @Test
    void aTemplateThatIsNotThereIsReportedByName() throws IOException {
        TemplateEngine e = engine("page.ftlh", "<#include \"nowhere.ftlh\">");
        BuildFailure f = assertThrows(BuildFailure.class, () -> e.render("page.ftlh", Map.of()));
        assertTrue(f.problems().get(0).toString().contains("nowhere.ftlh"), f.problems().toString());
    }

    @Test
    void filesFromMemoryAreTheSameAsTheSameFilesReadFromDisk() throws IOException {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/nav.ftlh"), "<nav>${x}</nav>");
        Files.writeString(dir.resolve("page.ftlh"), "<#include \"parts/nav.ftlh\">");
        TemplateFiles read = TemplateFiles.read(dir, "templates");
        TemplateFiles inMemory = TemplateFiles.of(dir, Map.of("page.ftlh", Files.readAllBytes(dir.resolve("page.ftlh")),
                "parts/nav.ftlh", Files.readAllBytes(dir.resolve("parts/nav.ftlh"))));
        assertEquals(read.fingerprint(), inMemory.fingerprint());
        assertEquals(List.copyOf(read.files().keySet()), List.copyOf(inMemory.files().keySet()), "sorted by path");
        assertEquals("<nav>1</nav>", TemplateEngine.create(inMemory, "templates").render("page.ftlh", Map.of("x", 1)));
    }

    @Test
    void aTemplateThatIsALinkFailsTheBuildInsteadOfBeingIncluded() throws IOException {
        Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-passwd"), "root:x:0:0:root:/root");
        try {
            Files.writeString(dir.resolve("page.ftlh"), "<#include \"passwd.ftlh\">");
            Files.createSymbolicLink(dir.resolve("passwd.ftlh"), outside);
            BuildFailure f = assertThrows(BuildFailure.class, () -> TemplateEngine.create(dir, "templates"));
            assertEquals("templates/passwd.ftlh:1:1: symbolic links are not followed (a link can point anywhere on the "
                    + "build machine, outside the project); replace the link with the file or folder it points to",
                    f.problems().get(0).toString());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void anAssetThatIsALinkToTheEnvironmentFailsTheBuild() throws IOException {
        Files.createDirectories(dir.resolve("assets"));
        Files.createSymbolicLink(dir.resolve("assets/env.css"), Path.of("/proc/self/environ"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> TemplateFiles.read(dir, "templates"));
        assertTrue(f.problems().get(0).toString().startsWith("templates/assets/env.css:1:1: symbolic links are not "
                + "followed"), f.problems().toString());
    }

    @Test
    void aNamedPipeAmongTheTemplatesFailsTheBuildWithoutHanging() throws Exception {
        Files.writeString(dir.resolve("page.ftlh"), "<p>ok</p>");
        uz.shaffof.project.ProjectFilesTestSupport.mkfifo(dir.resolve("fifo.ftlh"));
        BuildFailure f = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(BuildFailure.class, () -> TemplateFiles.read(dir, "templates")));
        assertTrue(f.problems().get(0).toString().startsWith("templates/fifo.ftlh:1:1: not a regular file or folder"),
                f.problems().toString());
    }

    @Test
    void includeAndImportCannotReachOutsideTheTemplates() throws IOException {
        Files.writeString(dir.resolveSibling("secret.txt"), "TOKEN=abc");
        try {
            for (String directive : List.of("<#include \"../secret.txt\">", "<#include \"../../../../../etc/passwd\">",
                    "<#include \"/etc/passwd\">", "<#import \"/../secret.txt\" as s>", "<#include \"./../secret.txt\">",
                    "<#include \"parts/../../secret.txt\">", "<#include \"file:///etc/passwd\">")) {
                TemplateEngine e = engine("page.ftlh", directive);
                BuildFailure f = assertThrows(BuildFailure.class, () -> e.render("page.ftlh", Map.of()), directive);
                String problem = f.problems().get(0).toString();
                assertTrue(problem.startsWith("templates/page.ftlh:1:"), problem);
                assertTrue(problem.contains("not found") || problem.contains("Backing out from the root"),
                        "the message says why: " + problem);
                assertTrue(!problem.contains("TOKEN") && !problem.contains("root:x:"), problem);
            }
        } finally {
            Files.delete(dir.resolveSibling("secret.txt"));
        }
    }
}
