package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.cache.CacheEntries;
import uz.shaffof.gate.Gates;
import uz.shaffof.gate.PageFactsCache;
import uz.shaffof.gate.VerdictCache;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.pipeline.BuildStages;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.site.PageCache;
import uz.shaffof.testsite.TestSite;

/**
 * A build keeps the HTML-validity gate's verdicts and the page gates' facts between builds: a build with nothing
 * changed checks and parses no page again, a build after an edit checks and parses exactly the pages whose bytes
 * changed, and a page that fails from the cache fails the build with the same messages as a fresh check. Counted
 * through the listener ({@link BuildListener#partCounted}), never timed.
 */
class GateVerdictsBuildTest {
    @TempDir
    Path dir;

    /** The counts a build told (the HTML-validity gate's, then the shared parse's), as "part checked/pages". */
    static final class Counts implements BuildListener {
        final List<String> told = new ArrayList<>();

        @Override
        public synchronized void partCounted(String stage, String part, long fresh, long total) {
            assertEquals(BuildStages.GATES, stage);
            told.add(part + " " + fresh + "/" + total);
        }
    }

    private BuildOptions minimalSite() {
        return TestSite.fixture("minimal").write(dir);
    }

    /**
     * A build with every standard gate, the verdicts kept in {@code dir/verdicts}, the page gates' facts in
     * {@code dir/facts}, and no page cache.
     */
    private Build build(BuildOptions options) {
        return Build.create(options, Gates.standard(VerdictCache.onDisk(dir.resolve("verdicts")),
                PageFactsCache.onDisk(dir.resolve("facts"))), PageCache.none());
    }

    private static final String PARSE = Gates.SHARED_PARSE;

    private static List<OutputFile> html(BuildResult r) {
        return r.files().stream().filter(OutputFile::isHtml).toList();
    }

    @Test
    void aSecondBuildChecksNoPageAndMakesTheSameSite() {
        BuildOptions options = minimalSite();
        Counts first = new Counts();
        BuildResult a = build(options).generate(first);
        int pages = html(a).size();
        assertTrue(pages > 10, "the minimal site has its list pages in two editions: " + pages);
        assertEquals(List.of("html-validity " + pages + "/" + pages, PARSE + " " + pages + "/" + pages), first.told);

        Counts second = new Counts();
        BuildResult b = build(options).generate(second);
        assertEquals(List.of("html-validity 0/" + pages, PARSE + " 0/" + pages), second.told,
                "no page is checked or parsed again");
        assertEquals(digests(a.files()), digests(b.files()), "the same files, byte for byte");
    }

    @Test
    void afterAnEditOnlyThePagesWhoseBytesChangedAreChecked() throws IOException {
        BuildOptions options = minimalSite();
        BuildResult before = build(options).generate();
        Path about = options.root().resolve("content/pages/about.md");
        Files.writeString(about, Files.readString(about).replace("Матн.", "Янги матн, бошқа сўзлар."));

        Counts counts = new Counts();
        BuildResult after = build(options).generate(counts);
        Map<String, byte[]> old = byPath(html(before));
        long changed = html(after).stream().filter(f -> !Arrays.equals(old.get(f.path()), f.bytes())).count();
        assertTrue(changed >= 2, "the about page of each edition changed: " + changed);
        assertTrue(changed < html(after).size(), "but not every page");
        assertEquals(List.of("html-validity " + changed + "/" + html(after).size(),
                PARSE + " " + changed + "/" + html(after).size()), counts.told);
    }

    @Test
    void anInvalidPageFailsFromTheCacheExactlyAsFromAFreshCheck() throws IOException {
        BuildOptions options = minimalSite();
        Path template = options.root().resolve("templates/document.ftlh");
        String text = Files.readString(template);
        assertTrue(text.contains("<div class=\"prose\">"), "the template still has its prose block");
        Files.writeString(template, text.replace("<div class=\"prose\">", "<div class=\"prose\"><center>eski</center>"));

        List<String> fresh = failure(Build.create(options, Gates.standard(), PageCache.none()), new Counts());
        assertFalse(fresh.isEmpty());
        assertTrue(fresh.stream().anyMatch(m -> m.contains("The “center” element is obsolete.")), fresh.toString());
        assertTrue(fresh.stream().allMatch(m -> m.matches("\\S+:\\d+:\\d+: .*")), "located: " + fresh);

        Counts first = new Counts();
        assertEquals(fresh, failure(build(options), first));
        Counts second = new Counts();
        assertEquals(fresh, failure(build(options), second), "the cached verdicts fail the build the same way");
        assertTrue(second.told.get(0).startsWith("html-validity 0/"), second.told.toString());
    }

    @Test
    void theCommandLinesBuildKeepsItsVerdictsInTheCacheDirectory() throws IOException {
        BuildOptions shared = minimalSite();
        Path cache = dir.resolve("cache");
        copyCharts(shared.cache(), cache); // drawing the charts again would only make the test slower
        BuildOptions options = shared.withCache(cache);

        Counts first = new Counts();
        Build.create(options).generate(first);
        assertTrue(Files.isDirectory(Build.verdictCacheDir(options)), "verdicts are kept under the cache directory");
        Counts second = new Counts();
        Build.create(options).generate(second);
        assertEquals(2, second.told.size());
        assertTrue(second.told.get(0).startsWith("html-validity 0/"), second.told.toString());
        assertTrue(second.told.get(1).startsWith(PARSE + " 0/"), second.told.toString());
        assertTrue(Files.isDirectory(Build.pageFactsCacheDir(options)), "facts are kept under the cache directory");
    }

    private static List<String> failure(Build build, BuildListener listener) {
        BuildFailure f = assertThrows(BuildFailure.class, () -> build.generate(listener));
        return f.problems().stream().map(Problem::toString).toList();
    }

    private static Map<String, String> digests(List<OutputFile> files) {
        Map<String, String> m = new TreeMap<>();
        for (OutputFile f : files) m.put(f.path(), CacheEntries.sha256Hex(f.bytes()));
        return m;
    }

    private static Map<String, byte[]> byPath(List<OutputFile> files) {
        Map<String, byte[]> m = new TreeMap<>();
        for (OutputFile f : files) m.put(f.path(), f.bytes());
        return m;
    }

    private static void copyCharts(Path from, Path to) throws IOException {
        Path charts = from.resolve("charts");
        if (!Files.isDirectory(charts)) return;
        try (Stream<Path> walk = Files.walk(charts)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve("charts").resolve(charts.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
