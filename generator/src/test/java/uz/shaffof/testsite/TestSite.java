package uz.shaffof.testsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uz.shaffof.Main;
import uz.shaffof.build.Build;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.site.PageCache;

/**
 * A small whole site for a test: a {@link SiteTxtar} written into a project folder and built by the real
 * {@link Build} or the real command line, so a stage or a page kind is tested on a site of a few files instead of
 * the project's 224 pages.
 *
 * <pre><code>TestSite site = TestSite.fixture("minimal").with("content/pages/about.md", """
 *         ---
 *         title: "Ҳақида"
 *         ...""");
 * TestSite.Built built = site.build(tempDir);
 * assertEquals(List.of(), built.problems());
 * assertTrue(built.text("uz/about/index.html").contains("Haqida"));
 *
 * TestSite.Run run = site.cli(tempDir, "check", "--strict");
 * assertEquals(1, run.code());</code></pre>
 *
 * <p>Fixtures live in {@code src/test/resources/sites/NAME.txtar} ({@link #fixture}); a test may also give its site
 * inline ({@link #parse}). Each site is written to {@code dir/project}; the output goes to {@code dir/project/site}.
 * Every indicator has a chart, and drawing one starts a JavaScript engine that costs seconds, so all test sites
 * share one cache of drawn charts, {@link #SHARED_CACHE}: it is content-addressed (a chart whose data or options
 * differ is drawn anew), so sharing it changes no output. {@link #build} and {@link #check} keep the page cache in
 * the project's own {@code .shaffof-cache/pages}, so what a build renders depends on that test alone; {@link #cli}
 * passes {@code --cache SHARED_CACHE} unless the test gives {@code --cache} itself, so there the pages are shared
 * too (the summary's "rendered N of M" may then count pages another test rendered).
 * The format is described in docs/TESTING.md.
 */
public final class TestSite {
    /** The repository root: Maven runs the generator module's tests with the module folder as working directory. */
    public static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    /** The cache of drawn charts (and, for {@link #cli}, pages) that all test sites share, under {@code target/}. */
    public static final Path SHARED_CACHE = Path.of("target", "test-sites-cache").toAbsolutePath().normalize();

    private final SiteTxtar txtar;

    private TestSite(SiteTxtar txtar) {
        this.txtar = Objects.requireNonNull(txtar, "txtar");
    }

    public static TestSite parse(String text) {
        return new TestSite(SiteTxtar.parse(text));
    }

    /** The fixture {@code sites/NAME.txtar} from the test resources. */
    public static TestSite fixture(String name) {
        String resource = "/sites/" + name + ".txtar";
        try (InputStream in = TestSite.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test site " + resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SiteTxtar txtar() {
        return txtar;
    }

    /** The same site with one file added or replaced. */
    public TestSite with(String path, String text) {
        return new TestSite(txtar.with(path, text));
    }

    /**
     * The same site with one more top-level setting in its {@code content/site.json}, {@code "name": json}, on a line
     * of its own after the file's last setting (line 8 of the {@code minimal} fixture's), so that a test of one
     * setting needs no copy of the rest of the file.
     */
    public TestSite withSiteSetting(String name, String json) {
        String site = txtar.files().get("content/site.json");
        if (site == null) throw new IllegalStateException("the site has no content/site.json");
        String fields = site.strip();
        if (!fields.endsWith("}")) throw new IllegalStateException("content/site.json does not end with }: " + site);
        fields = fields.substring(0, fields.length() - 1).stripTrailing();
        return with("content/site.json", fields + ",\n  \"" + name + "\": " + json + "\n}\n");
    }

    /** The same site without one of its own files. */
    public TestSite without(String path) {
        return new TestSite(txtar.without(path));
    }

    /** The same site without one of its {@code from-project} paths, such as {@code templates}. */
    public TestSite withoutFromProject(String path) {
        return new TestSite(txtar.withoutFromProject(path));
    }

    /**
     * Writes the project under {@code dir/project} (the {@code from-project} paths first, then the site's own files
     * over them) and returns its build options: the standard layout, with the shared chart cache.
     */
    public BuildOptions write(Path dir) {
        Path root = dir.resolve("project");
        try {
            for (String path : txtar.fromProject()) copyFromProject(path, root);
            for (Map.Entry<String, String> f : txtar.files().entrySet()) {
                Path target = root.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BuildOptions.forProject(root).withCache(SHARED_CACHE);
    }

    /** Writes the site and runs a whole build (publishing to {@code project/site}), as {@code shaffof build} does. */
    public Built build(Path dir) {
        return build(write(dir));
    }

    /** Runs a whole build of a site already written (e.g. after a test changed a file of it). */
    public static Built build(BuildOptions options) {
        return outcome(options, () -> create(options).run());
    }

    /**
     * Writes the site and builds it without publishing, as {@code shaffof check} does, with the files held in memory
     * for the test to read ({@code check} itself writes them to a scratch directory: see {@code Build#check}).
     */
    public Built check(Path dir) {
        BuildOptions options = write(dir);
        return outcome(options, () -> create(options).generate());
    }

    /**
     * Writes the site and runs the command line on it: {@code args}, then {@code --root dir/project}, then
     * {@code --cache SHARED_CACHE} unless {@code args} name a cache.
     */
    public Run cli(Path dir, String... args) {
        Path root = write(dir).root();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--root");
        all.add(root.toString());
        if (!all.contains("--cache")) {
            all.add("--cache");
            all.add(SHARED_CACHE.toString());
        }
        return Run.of(all.toArray(String[]::new));
    }

    /** The standard build, with its page cache in the project (the chart cache is the shared one). */
    private static Build create(BuildOptions options) {
        return Build.create(options, PageCache.onDisk(options.root().resolve(".shaffof-cache").resolve("pages")));
    }

    private static Built outcome(BuildOptions options, java.util.function.Supplier<BuildResult> build) {
        try {
            BuildResult r = build.get();
            Map<String, OutputFile> files = new TreeMap<>();
            for (OutputFile f : r.files()) files.put(f.path(), f);
            return new Built(options, r, files, r.warnings());
        } catch (BuildFailure f) {
            return new Built(options, null, Map.of(), f.problems());
        }
    }

    private static void copyFromProject(String path, Path root) throws IOException {
        Path from = PROJECT.resolve(path);
        if (!Files.exists(from)) throw new IllegalArgumentException("from-project: the project has no " + path);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = root.resolve(PROJECT.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    /**
     * What a build gave: its options (where the project is), the result ({@code null} when it failed), the files
     * it made by output path, and its problems (the errors of a failed build, or the warnings of one that passed).
     */
    public record Built(BuildOptions options, BuildResult result, Map<String, OutputFile> files, List<Problem> problems) {
        public Built {
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return result != null;
        }

        /** The problems as the command line prints them: {@code file:line:col: message}, one per line. */
        public String messages() {
            return String.join("\n", problems.stream().map(Problem::toString).toList());
        }

        /**
         * The HTML pages of both editions but the embeds: every page with the site's header and footer (an embed
         * lives in other sites' pages and has neither).
         */
        public List<String> editionPages() {
            return files.keySet().stream().sorted()
                    .filter(p -> p.endsWith(".html") && (p.startsWith("uz/") || p.startsWith("oz/")))
                    .filter(p -> !p.contains("/embed/")).toList();
        }

        /**
         * Fails the test unless the build failed with an error at {@code location} (a {@code file:line}), at some
         * column, whose message matches {@code message} (a regular expression).
         */
        public void assertErrorAt(String location, String message) {
            if (ok()) throw new AssertionError("the build passed; expected an error at " + location);
            String pattern = "(?s).*" + Pattern.quote(location) + ":\\d+: .*" + message + ".*";
            if (!messages().matches(pattern)) {
                throw new AssertionError("no error at " + location + " matching " + message + " in:\n" + messages());
            }
        }

        /** The text of an output file; fails the test with the list of files if there is none such. */
        public String text(String path) {
            OutputFile f = files.get(path);
            if (f == null) throw new AssertionError("no output file " + path + " among " + new TreeMap<>(files).keySet()
                    + (ok() ? "" : "; the build failed:\n" + messages()));
            return f.text();
        }
    }

    /** What the command line did: its exit status and what it printed on standard output and error. */
    public record Run(int code, String out, String err) {
        public static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        }
    }
}
