package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.AtomicPublisher;
import uz.shaffof.output.FileSink;
import uz.shaffof.output.OutputFile;
import uz.shaffof.output.OutputLock;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.output.RealPaths;
import uz.shaffof.output.TreeSnapshot;
import uz.shaffof.pipeline.BuildOptions;

/**
 * Whatever {@code --out} and {@code --cache} a user types ({@code ..}, empty, {@code .}, symbolic links, case
 * variants, nested names), a build writes and deletes nothing outside the output directory (and its lock file
 * beside it): the paths go through the command line's resolution and the build's own output side (checks, lock,
 * recovery, publish) with a small site, in a temporary tree holding a project, a user's folder, a sibling project,
 * a deploy folder and links to each. Every file's path and bytes are compared before and after.
 */
class OutputPathsProperties {
    /** Names a path is made of: the tree's own, case variants, and the dangerous ones. */
    private static final List<String> NAMES = List.of("..", ".", "site", "Site", "SITE", "content", "CONTENT",
            "templates", ".shaffof-cache", "mydocs", "empty", "README.md", "missing", "new", "nested",
            "link-to-root", "link-to-content", "link-to-deploy", "link-to-sibling", "link-to-nowhere", ".git");

    @Property(tries = 300)
    void noPathOutsideTheOutputIsEverWrittenOrDeleted(@ForAll("paths") String out, @ForAll("cachePaths") String cache)
            throws IOException {
        Path tree = Files.createTempDirectory("shaffof-paths");
        try {
            Path root = layOut(tree);
            TreeSnapshot before = TreeSnapshot.of(tree);
            Path resolvedOut = null;
            try {
                BuildOptions o = ProjectPaths.fromCommandLine(root, null, null, given(root, out), null,
                        cache == null ? null : given(root, cache));
                resolvedOut = RealPaths.resolve(o.out());
                Build.generateAndPublish(o, OutputLock.Wait.DEFAULT, OutputPathsProperties::smallSite);
            } catch (OutputRefused refused) {
                Statistics.collect("refused");
                assertEquals(Map.of(), diff(before, TreeSnapshot.of(tree)), "a refused path changed the tree: "
                        + refused.getMessage());
                return;
            }
            Statistics.collect("published");
            Path site = resolvedOut;
            Path lock = OutputLock.fileFor(site);
            for (Path changed : before.changedIn(TreeSnapshot.of(tree))) {
                boolean allowed = changed.startsWith(site) || changed.equals(lock)
                        // a new output's missing parents are made; nothing in them but the site and its lock
                        || (site.startsWith(changed) && !before.entries().containsKey(changed));
                if (!allowed) fail("--out " + out + " (" + site + ") changed " + changed);
            }
            assertTrue(Files.isRegularFile(site.resolve(AtomicPublisher.MARKER)), "the published site is marked");
            assertTrue(Files.isRegularFile(site.resolve("uz/index.html")));
        } finally {
            deleteAll(tree);
        }
    }

    @Example
    void theKnownDangerousOutputsAreAllRefused() throws IOException {
        for (String out : List.of(".", "", "content", "templates", "..", "../..", "mydocs", "README.md",
                "missing/..", "link-to-root", "link-to-content", "link-to-sibling", "link-to-nowhere", "nested/..",
                "site/..", "link-to-deploy/../..", ".shaffof-cache", "content/x", ".git/..", "CONTENT/..")) {
            Path tree = Files.createTempDirectory("shaffof-paths");
            try {
                Path root = layOut(tree);
                TreeSnapshot before = TreeSnapshot.of(tree);
                try {
                    BuildOptions o = ProjectPaths.fromCommandLine(root, null, null, given(root, out), null, null);
                    Build.generateAndPublish(o, OutputLock.Wait.DEFAULT, OutputPathsProperties::smallSite);
                    fail("--out " + out + " was accepted");
                } catch (OutputRefused expected) {
                    assertEquals(Map.of(), diff(before, TreeSnapshot.of(tree)), out);
                }
            } finally {
                deleteAll(tree);
            }
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(NAMES).list().ofMinSize(0).ofMaxSize(4)
                .filter(parts -> parts.stream().filter(".."::equals).count() <= 2) // stay inside the temporary tree
                .map(parts -> String.join("/", parts));
    }

    @Provide
    Arbitrary<String> cachePaths() {
        return Arbitraries.oneOf(Arbitraries.just(null), paths());
    }

    /**
     * The path as the user typed it, relative to the project root (the tests cannot change the working directory):
     * the empty string stays empty, as an unset shell variable does.
     */
    private static Path given(Path root, String typed) {
        return typed.isEmpty() ? Path.of("") : Path.of(root + "/" + typed);
    }

    /**
     * tree/outer/proj: the project (content, templates, README.md, .git, a previous site, an empty folder, a user's
     * folder, links); tree/outer/sibling: another project; tree/outer/deploy/www: a previous site the link points to.
     */
    private static Path layOut(Path tree) throws IOException {
        Path outer = Files.createDirectories(tree.resolve("outer"));
        Path root = Files.createDirectories(outer.resolve("proj"));
        write(root.resolve("content/site.json"), "{}");
        write(root.resolve("templates/page.ftlh"), "<p>");
        write(root.resolve("README.md"), "read me");
        write(root.resolve(".git/HEAD"), "ref: refs/heads/main");
        write(root.resolve("mydocs/thesis.txt"), "four years of work");
        write(root.resolve(".shaffof-cache/pages/ab/x.page"), "cached");
        write(root.resolve("site/index.html"), "previous site");
        write(root.resolve("site/" + AtomicPublisher.MARKER), "marker");
        Files.createDirectories(root.resolve("empty"));
        write(outer.resolve("sibling/important.txt"), "another project");
        write(outer.resolve("deploy/www/index.html"), "deployed site");
        write(outer.resolve("deploy/www/" + AtomicPublisher.MARKER), "marker");
        Files.createSymbolicLink(root.resolve("link-to-root"), root);
        Files.createSymbolicLink(root.resolve("link-to-content"), root.resolve("content"));
        Files.createSymbolicLink(root.resolve("link-to-deploy"), outer.resolve("deploy/www"));
        Files.createSymbolicLink(root.resolve("link-to-sibling"), outer.resolve("sibling"));
        Files.createSymbolicLink(root.resolve("link-to-nowhere"), outer.resolve("gone"));
        Files.createDirectories(root.resolve("nested"));
        return root;
    }

    /** A site whose pages go to the build's staging directory as they are made, as a real build's do. */
    private static BuildResult smallSite(FileSink sink) {
        List<OutputFile> files = new ArrayList<>();
        files.add(sink.take(OutputFile.text("uz/index.html", "new site")));
        files.add(sink.take(OutputFile.text("oz/index.html", "new site")));
        files.add(OutputFile.text("assets/site.css", "body{}"));
        return new BuildResult(files, Map.of(Edition.LATN, 1, Edition.CYRL, 1), List.of(), 0);
    }

    private static Map<Path, String> diff(TreeSnapshot before, TreeSnapshot after) {
        Set<Path> changed = before.changedIn(after);
        Map<Path, String> m = new java.util.TreeMap<>();
        for (Path p : changed) m.put(p, before.entries().get(p) + " -> " + after.entries().get(p));
        return m;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
