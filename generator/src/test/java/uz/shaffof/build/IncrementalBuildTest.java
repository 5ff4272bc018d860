package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.gate.Gates;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.site.PageCache;
import uz.shaffof.testsite.TestSite;

/**
 * Incremental builds with the content-addressed page cache, on a small test site (three regions, two indicators, a
 * report): after one edit (a figure, a report, a template, an asset) a build with the previous build's cache renders
 * only the pages whose inputs changed, and its output is byte for byte the output of a build that rendered every
 * page. A damaged cache entry is rendered again, never published.
 *
 * <p>The gates do not run here (they check a site; they do not make it, and {@code EndToEndIT} runs them). Charts
 * come from the test sites' shared chart cache ({@link TestSite#SHARED_CACHE}).
 */
class IncrementalBuildTest {
    private static final Gates NO_GATES = new Gates(List.of());

    static final String REGION = """
              {"code": "%s", "slug": "%s", "kind": "region", "name": "%s", "center": "%s", "districts": ["%s"]}""";

    /** Three regions, a figure for each, a second indicator, and a report. */
    static final TestSite SITE = TestSite.fixture("minimal").with("content/regions.json", """
            {
              "regions": [%s,%s,%s
              ]
            }
            """.formatted(REGION.formatted("UZ-AN", "andijon", "Андижон вилояти", "Андижон", "Асака тумани"),
            REGION.formatted("UZ-BU", "buxoro", "Бухоро вилояти", "Бухоро", "Ромитан тумани"),
            REGION.formatted("UZ-FA", "fargona", "Фарғона вилояти", "Фарғона", "Риштон тумани")))
            .with("content/indicators/users.json", """
            {
              "id": "users",
              "title": "Фойдаланувчилар",
              "definition": "Фойдаланувчилар сони.",
              "methodology": "Ҳисоботдан.",
              "unit": "person",
              "better": "higher",
              "topic": "connectivity",
              "observations": [
                {"region": "UZ-AN", "year": 2016, "value": 20751, "source": {"id": "src-a", "locator": "1-бўлим"}},
                {"region": "UZ-BU", "year": 2016, "value": 18000, "source": {"id": "src-a", "locator": "1-бўлим"}},
                {"region": "UZ-FA", "year": 2016, "value": 31000, "source": {"id": "src-a", "locator": "1-бўлим"}}
              ]
            }
            """).with("content/indicators/lines.json", """
            {
              "id": "lines",
              "title": "Алоқа линиялари",
              "definition": "Алоқа линиялари узунлиги.",
              "methodology": "Ҳисоботдан.",
              "unit": "person",
              "better": "higher",
              "topic": "connectivity",
              "observations": [
                {"region": "UZ-AN", "year": 2016, "value": 120, "source": {"id": "src-a", "locator": "2-бўлим"}}
              ]
            }
            """).with("content/reports/interview.md", """
            ---
            title: "Суҳбат"
            summary: "Синов суҳбати."
            date: 2020-10-05
            source: "src-a"
            order: 1
            ---

            Ҳудудларда 36 мингдан ортиқ фойдаланувчи бор.
            """);

    @TempDir
    static Path dir;
    /** The page cache after a build of the unedited project: each test starts from a copy of it. */
    static Path seedCache;
    static Map<String, byte[]> original;
    static int pages;

    @BeforeAll
    static void buildTheOriginalOnce() {
        BuildOptions options = SITE.write(dir.resolve("original"));
        seedCache = dir.resolve("seed-pages");
        BuildResult r = build(options, seedCache);
        pages = r.pages();
        assertEquals(pages, r.renderedPages().size(), "an empty cache: every page is rendered");
        assertEquals(pages, entries(seedCache).size(), "one cache entry per page");
        original = byPath(r.files());
    }

    static BuildResult build(BuildOptions options, Path pageCache) {
        return Build.create(options, NO_GATES, PageCache.onDisk(pageCache)).generate();
    }

    /** A fresh copy of the project and of the warm page cache, for one test to edit. */
    record Project(BuildOptions options, Path cache) {
        Path file(String path) {
            return options.root().resolve(path);
        }

        void replace(String path, String from, String to) throws IOException {
            Path f = file(path);
            String text = Files.readString(f);
            assertTrue(text.contains(from), path + " no longer contains " + from);
            Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        }
    }

    static Project copy(String name) throws IOException {
        BuildOptions options = SITE.write(dir.resolve(name));
        Path cache = dir.resolve(name + "-pages");
        try (Stream<Path> walk = Files.walk(seedCache)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = cache.resolve(seedCache.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return new Project(options, cache);
    }

    static Map<String, byte[]> byPath(List<OutputFile> files) {
        Map<String, byte[]> m = new TreeMap<>();
        for (OutputFile f : files) m.put(f.path(), f.bytes());
        return m;
    }

    static List<Path> entries(Path cache) {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".page"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The edition pages (uz/…, oz/… HTML) whose bytes differ between two outputs, or that only one has. */
    static Set<String> changedPages(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        Set<String> changed = new TreeSet<>();
        for (String p : paths) {
            if (!p.endsWith(".html") || !(p.startsWith("uz/") || p.startsWith("oz/"))) continue;
            byte[] a = before.get(p);
            byte[] b = after.get(p);
            if (a == null || b == null || !java.util.Arrays.equals(a, b)) changed.add(p);
        }
        return changed;
    }

    /** Every file of {@code warm} has exactly the bytes a build that renders every page gives. */
    static void assertSameAsCleanBuild(BuildResult warm, BuildOptions options) {
        BuildResult clean = Build.create(options, NO_GATES, PageCache.none()).generate();
        assertEquals(clean.pages(), clean.renderedPages().size(), "the clean build renders every page");
        Map<String, byte[]> a = byPath(clean.files());
        Map<String, byte[]> b = byPath(warm.files());
        assertEquals(a.keySet(), b.keySet());
        List<String> differ = new ArrayList<>();
        for (String p : a.keySet()) if (!java.util.Arrays.equals(a.get(p), b.get(p))) differ.add(p);
        assertEquals(List.of(), differ, "files that differ from a clean build");
    }

    /**
     * Only a few pages rendered: exactly the pages whose bytes changed (a page whose key changed while its bytes did
     * not would be allowed, but costs a render; these edits have none). The cache then holds just this site.
     */
    static Set<String> assertIncremental(BuildResult warm, Project project) {
        Set<String> changed = changedPages(original, byPath(warm.files()));
        Set<String> rendered = new TreeSet<>(warm.renderedPages());
        assertFalse(changed.isEmpty(), "the edit changes some page");
        assertTrue(rendered.containsAll(changed), "changed " + changed + " but rendered only " + rendered);
        assertEquals(changed, rendered, "rendered only the pages that changed");
        assertTrue(rendered.size() < warm.pages() / 4, "rendered " + rendered.size() + " of " + warm.pages());
        assertEquals(warm.pages(), entries(project.cache()).size(), "entries the build did not use are pruned");
        return rendered;
    }

    @Test
    void oneChangedFigureRendersOnlyThePagesThatShowIt() throws IOException {
        Project p = copy("figure");
        // A fixed new value: the charts it feeds are drawn once and then found in the shared chart cache.
        p.replace("content/indicators/users.json", "\"value\": 20751", "\"value\": 20757");
        BuildResult warm = build(p.options(), p.cache());
        Set<String> rendered = assertIncremental(warm, p);
        assertTrue(rendered.contains("uz/indicators/users/index.html"), rendered.toString());
        assertTrue(rendered.contains("oz/indicators/users/index.html"), rendered.toString());
        assertSameAsCleanBuild(warm, p.options());
    }

    @Test
    void oneEditedReportRendersOnlyItsPages() throws IOException {
        Project p = copy("report");
        p.replace("content/reports/interview.md", "36 мингдан", "37 мингдан");
        BuildResult warm = build(p.options(), p.cache());
        Set<String> rendered = assertIncremental(warm, p);
        assertTrue(rendered.contains("uz/reports/interview/index.html"), rendered.toString());
        assertTrue(rendered.contains("oz/reports/interview/index.html"), rendered.toString());
        assertSameAsCleanBuild(warm, p.options());
    }

    @Test
    void anEditedTemplateRendersEveryPageThatUsesIt() throws IOException {
        Project p = copy("template");
        p.replace("templates/region.ftlh", "<@l.page page=page>\n", "<@l.page page=page>\n<!-- edited -->\n");
        BuildResult warm = build(p.options(), p.cache());
        Set<String> changed = changedPages(original, byPath(warm.files()));
        Set<String> rendered = new TreeSet<>(warm.renderedPages());
        Set<String> regionPages = new TreeSet<>();
        for (String path : original.keySet()) {
            if (path.matches("(uz|oz)/regions/[^/]+/index\\.html")) regionPages.add(path);
        }
        assertEquals(6, regionPages.size(), "3 regions in two editions");
        assertEquals(regionPages, changed, "exactly the pages of region.ftlh change");
        assertTrue(rendered.containsAll(regionPages), rendered.toString());
        // Any file under templates/ is part of every key (templates import each other), so all pages render again.
        assertEquals(warm.pages(), rendered.size());
        assertSameAsCleanBuild(warm, p.options());
    }

    @Test
    void anEditedAssetChangesThePagesThatLoadIt() throws IOException {
        Project p = copy("asset");
        Path js = p.file("templates/assets/search.js");
        Files.writeString(js, Files.readString(js) + "// edited\n");
        BuildResult warm = build(p.options(), p.cache());
        Set<String> changed = changedPages(original, byPath(warm.files()));
        assertEquals(Set.of("oz/search/index.html", "uz/search/index.html"), changed,
                "only the search pages load search.js (with its new fingerprinted name and integrity)");
        assertTrue(warm.renderedPages().containsAll(changed));
        assertFalse(byPath(warm.files()).keySet().stream().anyMatch(f -> original.containsKey(f) && f.matches("assets/search\\..*\\.js")),
                "the old search.js is gone");
        assertSameAsCleanBuild(warm, p.options());
    }

    @Test
    void damagedCacheEntriesAreRenderedAgainAndNeverPublished() throws IOException {
        Project p = copy("damaged");
        List<Path> entries = entries(p.cache());
        assertEquals(pages, entries.size());
        // Garbage that looks like a page; a torn write; one changed byte in the page; another key's valid entry.
        Files.writeString(entries.get(0), "<!DOCTYPE html><html><body>garbage</body></html>\n");
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), java.util.Arrays.copyOf(whole, whole.length / 2));
        byte[] flipped = Files.readAllBytes(entries.get(2));
        flipped[flipped.length - 10] ^= 1;
        Files.write(entries.get(2), flipped);
        Files.copy(entries.get(4), entries.get(3), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(entries.get(5), new byte[0]);
        Path foreign = p.cache().resolve("README.txt");
        Files.writeString(foreign, "not an entry\n");

        BuildResult r = build(p.options(), p.cache());
        assertEquals(5, r.renderedPages().size(), "exactly the damaged entries are rendered: " + r.renderedPages());
        Map<String, byte[]> files = byPath(r.files());
        assertEquals(original.keySet(), files.keySet());
        for (String path : original.keySet()) assertArrayEquals(original.get(path), files.get(path), path);
        for (String path : r.renderedPages()) {
            assertFalse(new String(files.get(path), StandardCharsets.UTF_8).contains("garbage"), path);
        }
        assertTrue(Files.exists(foreign), "files that are not entries are left alone");
        assertEquals(0, build(p.options(), p.cache()).renderedPages().size(), "the damaged entries were replaced");
    }

    @Test
    void aCacheInMemoryReusesPagesAcrossBuildsInOneProcess() throws IOException {
        Project p = copy("memory");
        Build session = Build.create(p.options(), NO_GATES, PageCache.inMemory(null));
        BuildResult first = session.generate();
        assertEquals(first.pages(), first.renderedPages().size(), "no disk cache: the first build renders all");
        assertEquals(0, session.generate().renderedPages().size(), "nothing changed: nothing is rendered");

        p.replace("content/reports/interview.md", "36 мингдан", "37 мингдан");
        BuildResult edited = session.generate();
        assertTrue(edited.renderedPages().contains("oz/reports/interview/index.html"));
        assertTrue(edited.renderedPages().size() < 10, edited.renderedPages().toString());
        assertTrue(edited.renderedPages().containsAll(changedPages(byPath(first.files()), byPath(edited.files()))));
        assertSameAsCleanBuild(edited, p.options());
        assertNotNull(edited.summary("Built"));
        assertTrue(edited.summary("Built").endsWith("(rendered " + edited.renderedPages().size() + " of " + edited.pages()
                + " pages, " + (edited.pages() - edited.renderedPages().size()) + " reused)"), edited.summary("Built"));
    }
}
