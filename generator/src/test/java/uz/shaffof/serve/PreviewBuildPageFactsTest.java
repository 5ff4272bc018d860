package uz.shaffof.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.build.BuildResult;
import uz.shaffof.gate.Gates;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.testsite.TestSite;

/**
 * {@code serve} rebuilds keep what the page gates read of each page in memory: a rebuild with nothing changed
 * parses no page for them, and one after an edit parses only the pages whose bytes changed. Counted through the
 * listener ({@link BuildListener#partCounted}), never timed.
 */
class PreviewBuildPageFactsTest {
    @TempDir
    Path dir;

    /** How many pages the shared parse handled, of how many, as "parsed/pages". */
    private static final class Parsed implements BuildListener {
        final List<String> told = new ArrayList<>();

        @Override
        public synchronized void partCounted(String stage, String part, long fresh, long total) {
            if (part.equals(Gates.SHARED_PARSE)) told.add(fresh + "/" + total);
        }
    }

    @Test
    void aRebuildParsesOnlyThePagesWhoseBytesChanged() throws IOException {
        BuildOptions options = TestSite.fixture("minimal").write(dir);
        try (PreviewBuild build = new PreviewBuild(options)) {
            Parsed first = new Parsed();
            BuildResult a = build.build(first);
            int pages = html(a).size();
            assertEquals(List.of(pages + "/" + pages), first.told);

            Parsed second = new Parsed();
            BuildResult b = build.build(second);
            assertEquals(List.of("0/" + pages), second.told, "nothing changed: no page parsed");
            assertEquals(b.files().size(), a.files().size());

            Path about = options.root().resolve("content/pages/about.md");
            Files.writeString(about, Files.readString(about).replace("Матн.", "Янги матн, бошқа сўзлар."));
            Parsed third = new Parsed();
            BuildResult c = build.build(third);
            Map<String, byte[]> old = byPath(html(b));
            long changed = html(c).stream().filter(f -> !Arrays.equals(old.get(f.path()), f.bytes())).count();
            assertTrue(changed >= 2 && changed < pages, "the about page of each edition changed: " + changed);
            assertEquals(List.of(changed + "/" + html(c).size()), third.told);
        }
    }

    private static List<OutputFile> html(BuildResult r) {
        return r.files().stream().filter(OutputFile::isHtml).toList();
    }

    private static Map<String, byte[]> byPath(List<OutputFile> files) {
        Map<String, byte[]> m = new TreeMap<>();
        for (OutputFile f : files) m.put(f.path(), f.bytes());
        return m;
    }
}
