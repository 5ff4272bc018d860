package uz.shaffof.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.render.BuiltInTemplates;
import uz.shaffof.testsite.TestSite;

/**
 * {@code shaffof templates}: lists the built-in files with the site's overrides, and exports a built-in file into
 * the site's template directory so it can be changed, never over a file already there.
 */
class TemplatesCommandTest {
    @TempDir
    Path root;

    private TestSite.Run run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "templates";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--root";
        all[args.length + 2] = root.toString();
        return TestSite.Run.of(all);
    }

    @Test
    void exportCopiesTheNamedBuiltInFilesIntoTheSitesTemplates() throws IOException {
        TestSite.Run r = run("--export", "layout.ftlh", "templates/assets/site.css");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(BuiltInTemplates.files().get("layout.ftlh"), Files.readAllBytes(root.resolve("templates/layout.ftlh")));
        assertArrayEquals(BuiltInTemplates.files().get("assets/site.css"),
                Files.readAllBytes(root.resolve("templates/assets/site.css")));
        assertTrue(r.out().contains("Wrote templates/layout.ftlh (a copy of [built-in] templates/layout.ftlh)"), r.out());
        try (var files = Files.list(root.resolve("templates"))) {
            assertEquals(2, files.count(), "only what was asked for: layout.ftlh and assets/");
        }

        TestSite.Run listed = run();
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("  layout.ftlh    overridden by templates/layout.ftlh"), listed.out());
        assertTrue(listed.out().lines().anyMatch(l -> l.equals("  region.ftlh")), listed.out());
    }

    @Test
    void exportNeverWritesOverAFileOfTheSite() throws IOException {
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/layout.ftlh"), "our layout");
        TestSite.Run r = run("--export", "region.ftlh", "layout.ftlh");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().startsWith("templates/layout.ftlh:1:1: already exists; nothing was written"), r.err());
        assertEquals("our layout", Files.readString(root.resolve("templates/layout.ftlh")));
        assertFalse(Files.exists(root.resolve("templates/region.ftlh")), "nothing at all was written");
    }

    @Test
    void anUnknownFileIsAUsageError() {
        TestSite.Run r = run("--export", "nosuch.ftlh");
        assertEquals(2, r.code());
        assertEquals("templates: no built-in template nosuch.ftlh (`shaffof templates` lists them)", r.err().strip());
        assertFalse(Files.exists(root.resolve("templates")));
    }

    @Test
    void exportWithoutNamesCopiesEveryBuiltInFile() {
        TestSite.Run r = run("--export");
        assertEquals(0, r.code(), r.err());
        assertEquals(BuiltInTemplates.files().size(), r.out().lines().filter(l -> l.startsWith("Wrote ")).count());
    }
}
