package uz.shaffof.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.project.ProjectFiles;

/**
 * The built-in templates are the repository's {@code templates/}, found in the generator's jar or classes folder,
 * and a site's files lie over them file by file, in the fingerprint that keys kept engines and cached pages too.
 */
class BuiltInTemplatesTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInTemplatesAreTheRepositorysTemplatesFolder() throws IOException {
        Path templates = Path.of("..", "templates").toAbsolutePath().normalize();
        Map<String, byte[]> expected = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                expected.put(templates.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        Map<String, byte[]> builtIn = BuiltInTemplates.files();
        assertEquals(expected.keySet(), builtIn.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, builtIn.get(name), name));
    }

    @Test
    void aJarsEntriesUnderTheFolderAreRead() throws IOException {
        Path jar = dir.resolve("generator.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : new String[] {"uz/shaffof/Main.class", BuiltInTemplates.RESOURCE_DIR + "layout.ftlh",
                    BuiltInTemplates.RESOURCE_DIR + "assets/", BuiltInTemplates.RESOURCE_DIR + "assets/site.css"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) out.write(utf8("bytes of " + name));
                out.closeEntry();
            }
        }
        Map<String, byte[]> files = BuiltInTemplates.read(jar);
        assertEquals(Set.of("layout.ftlh", "assets/site.css"), files.keySet());
        assertArrayEquals(utf8("bytes of " + BuiltInTemplates.RESOURCE_DIR + "layout.ftlh"), files.get("layout.ftlh"));
    }

    @Test
    void aGeneratorBuiltWithoutThemIsAnInternalError() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        assertThrows(IllegalStateException.class, () -> BuiltInTemplates.read(dir.resolve("classes")));
    }

    @Test
    void theSitesFilesLieOverTheBuiltInOnesAndAreNamedByWhereTheyCameFrom() throws IOException {
        Map<String, byte[]> builtIn = Map.of("layout.ftlh", utf8("built-in layout"), "page.ftlh", utf8("built-in page"));
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/page.ftlh"), "our page");
        Files.writeString(site.resolve("templates/extra.ftlh"), "our extra");

        TemplateFiles files = TemplateFiles.overriding(builtIn, new ProjectFiles(site), site.resolve("templates"));
        assertEquals(Set.of("extra.ftlh", "layout.ftlh", "page.ftlh"), files.files().keySet());
        assertArrayEquals(utf8("our page"), files.files().get("page.ftlh"));
        assertArrayEquals(utf8("built-in layout"), files.files().get("layout.ftlh"));
        assertEquals(Set.of("layout.ftlh"), files.builtIn());
        assertEquals("templates/page.ftlh", files.display("page.ftlh", "templates"));
        assertEquals("[built-in] templates/layout.ftlh", files.display("layout.ftlh", "templates"));
    }

    @Test
    void theFingerprintCoversTheBuiltInBytesTheOverridesAndWhichIsWhich() throws IOException {
        Path site = dir.resolve("site");
        Path templates = site.resolve("templates");
        ProjectFiles project = new ProjectFiles(site);
        Map<String, byte[]> builtIn = Map.of("page.ftlh", utf8("built-in page"));
        String bare = TemplateFiles.overriding(builtIn, project, templates).fingerprint();

        assertNotEquals(bare, TemplateFiles.overriding(Map.of("page.ftlh", utf8("a newer generator's page")), project,
                templates).fingerprint(), "a new generator's built-in file");

        Files.createDirectories(templates);
        Files.writeString(templates.resolve("page.ftlh"), "our page");
        String overridden = TemplateFiles.overriding(builtIn, project, templates).fingerprint();
        assertNotEquals(bare, overridden, "an override");
        Files.writeString(templates.resolve("page.ftlh"), "our page, edited");
        assertNotEquals(overridden, TemplateFiles.overriding(builtIn, project, templates).fingerprint(), "an edit");

        // A copy of the built-in file renders the same, but errors name it as the site's: an engine kept for one
        // set must not serve the other.
        Files.writeString(templates.resolve("page.ftlh"), "built-in page");
        assertNotEquals(bare, TemplateFiles.overriding(builtIn, project, templates).fingerprint(), "a copy");
    }
}
