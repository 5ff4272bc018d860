package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;

/** A file under templates/assets/ whose name cannot be published is a located error, not an internal one. */
class AssetNamesTest {
    @TempDir
    Path dir;

    @Test
    void aFinderFileAndACapitalLetterAreReportedAtTheirFiles() throws IOException {
        Files.writeString(dir.resolve("site.css"), "body{}");
        Files.writeString(dir.resolve(".DS_Store"), "finder");
        Files.writeString(dir.resolve("Logo.svg"), "<svg/>");
        BuildFailure f = assertThrows(BuildFailure.class, () -> Assets.collect(dir, Map.of()));
        List<String> where = f.problems().stream().map(p -> p.pos().toString()).sorted().toList();
        assertEquals(List.of("templates/assets/.DS_Store:1:1", "templates/assets/Logo.svg:1:1"), where);
        for (Problem p : f.problems()) {
            assertEquals(true, p.message().startsWith("this file cannot be published under assets/: segment"), p.toString());
        }
    }
}
