package uz.shaffof.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
