package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.content.Region;
import uz.shaffof.figures.Figures;

/**
 * The national-scale project is real content: the loader (syntax, schemas, cross-references, plausible values) and
 * the figures find nothing wrong with it, its reports link only to pages that exist, and the same arguments write
 * the same bytes. (A full check of it draws its 384 charts, which takes minutes: the benchmarks do that.)
 */
class NationalProjectTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]*)\\)");

    @TempDir
    Path dir;

    @Test
    void theContentLoadsWithoutAProblemAndHasTheNationalShape() {
        ProjectWriter files = ProjectWriter.createIn(dir.resolve("n"));
        NationalProject.Written w = NationalProject.write(TestSite.PROJECT, files, 6, 40);
        LoadResult loaded = ContentLoader.create().load(files.root(), files.root().resolve("content"));
        assertEquals(List.of(), loaded.problems());
        Content c = loaded.content();
        assertEquals(14, c.regions().size());
        assertEquals(200, c.regions().stream().mapToInt(r -> r.districts().size()).sum());
        assertEquals(w.districts(), 200);
        assertEquals(12, c.indicators().size());
        assertEquals(10 * 15 * 10, w.observations(), "ten raw indicators, 14 regions and the country, ten years");
        assertEquals(40, c.projects().stream().mapToInt(s -> s.projects().size()).sum());
        assertEquals(6, c.reports().size());
        assertEquals(List.of(), Figures.compute(c).problems(), "no figure disagrees with another");
        assertTrue(c.regions().stream().map(Region::code).allMatch(code -> code.matches("UZ-[A-Z]{2}")));
    }

    @Test
    void reportsLinkOnlyToReportsAndIndicatorsThatExist() throws IOException {
        ProjectWriter files = ProjectWriter.createIn(dir.resolve("n"));
        NationalProject.write(TestSite.PROJECT, files, 9, 0);
        Path content = files.root().resolve("content");
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path report : list(content.resolve("reports"))) {
            Matcher m = LINK.matcher(Files.readString(report));
            while (m.find()) {
                links++;
                String target = m.group(1);
                Path file = target.startsWith("../../indicators/")
                        ? content.resolve("indicators").resolve(target.substring(17, target.length() - 1) + ".json")
                        : content.resolve("reports").resolve(target.substring(3, target.length() - 1) + ".md");
                if (!target.endsWith("/") || !Files.isRegularFile(file)) broken.add(report.getFileName() + ": " + target);
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(9 * 3, links);
    }

    @Test
    void theSameArgumentsWriteTheSameBytes() throws IOException {
        Map<String, String> a = written(dir.resolve("a"));
        Map<String, String> b = written(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(a, b);
    }

    private static Map<String, String> written(Path root) throws IOException {
        NationalProject.write(TestSite.PROJECT, ProjectWriter.createIn(root), 4, 30);
        Map<String, String> out = new TreeMap<>();
        for (Path f : list(root.resolve("content"))) out.put(root.relativize(f).toString(), Files.readString(f));
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
