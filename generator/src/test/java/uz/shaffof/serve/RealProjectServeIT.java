package uz.shaffof.serve;

import uz.shaffof.pipeline.BuildListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.Main;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.output.OutputFile;
import uz.shaffof.testsite.RealSite;

/**
 * The preview on a copy of the real content/ and templates/ (made once per class): the same site as
 * {@code Build.generate()}, served from memory, failures and fixes reaching the browser, the watcher, and no
 * {@code site/} ever written although the options name one.
 */
class RealProjectServeIT {
    static final Duration WAIT = Duration.ofSeconds(180);
    static final Path REAL = Path.of("..").toAbsolutePath().normalize();
    static final String EVENT_TEXT = "ишга туширилди\"";

    @TempDir
    static Path dir;
    static Path project;
    static BuildOptions options;
    static PreviewBuild build;

    @BeforeAll
    static void copyProject() throws IOException {
        project = dir.resolve("project");
        for (String part : List.of("content", "templates")) {
            Path src = REAL.resolve(part);
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    Path target = project.resolve(part).resolve(src.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
        // The chart cache is shared with the real project (content-addressed, as in the build tests): charts are
        // not drawn again for every run. The output directory is the project's own site/, which must never appear.
        options = BuildOptions.forProject(project).withCache(REAL.resolve(".shaffof-cache"));
        assertEquals(project.resolve("site"), options.out());
        build = new PreviewBuild(options);
    }

    @AfterEach
    void nothingWasWritten() throws IOException {
        build.close();
        try (Stream<Path> list = Files.list(project)) {
            assertEquals(Set.of("content", "templates"), Set.copyOf(list.map(p -> p.getFileName().toString()).toList()),
                    "serve writes nothing beside the sources: no site/, no .site.tmp-*, no .site.old-*");
        }
    }

    static Map<String, byte[]> byPath(List<OutputFile> files) {
        Map<String, byte[]> m = new TreeMap<>();
        for (OutputFile f : files) m.put(f.path(), f.bytes());
        return m;
    }

    @Test
    void previewBuildGivesWhatBuildGenerateGives() {
        BuildResult preview = build.build(BuildListener.NONE);
        // The reference is the real site as Build.generate() makes it, rendering every page (so that it cannot take
        // the preview's pages from the shared page cache), from the project the copy was made of.
        Map<String, byte[]> a = byPath(preview.files());
        Map<String, byte[]> b = new TreeMap<>();
        RealSite.files().forEach((path, f) -> b.put(path, f.bytes()));
        assertEquals(b.keySet(), a.keySet());
        for (String path : a.keySet()) assertTrue(java.util.Arrays.equals(b.get(path), a.get(path)), path);
        assertEquals(RealSite.warnings(), preview.warnings());
        assertEquals(RealSite.pagesPerEdition(), preview.pagesPerEdition());
    }

    @Test
    void aRehearsalChangesNothingTheNextBuildGives() {
        Map<String, byte[]> first = byPath(build.build(BuildListener.NONE).files());
        build.rehearse();
        build.rehearse(); // once only
        Map<String, byte[]> next = byPath(build.build(BuildListener.NONE).files());
        assertEquals(first.keySet(), next.keySet());
        for (String path : first.keySet()) assertTrue(java.util.Arrays.equals(first.get(path), next.get(path)), path);
    }

    @Test
    void servesTheRealSiteAndShowsAFailureUntilTheFix() throws Exception {
        Path siteJson = project.resolve("content/site.json");
        String good = Files.readString(siteJson);
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        Preview preview = new Preview();
        try (PreviewServer server = PreviewServer.start(preview, 0);
             Rebuilder rebuilder = new Rebuilder(build, preview, reports::add, BuildListener.NONE)) {
            rebuilder.request(Rebuilder.Trigger.initial());
            Rebuilder.Report first = next(reports);
            assertTrue(first.ok(), () -> String.valueOf(first.failure() == null ? "" : first.failure().problems()));
            assertEquals(List.copyOf(PreviewBuild.STAGES), List.copyOf(first.stageMillis().keySet()));

            HttpResponse<byte[]> home = Http.get(server.uri(), "/uz/");
            assertEquals(200, home.statusCode());
            assertTrue(Http.text(home).contains(PreviewServer.SCRIPT_TAG + "\n</body>"));
            HttpResponse<byte[]> missing = Http.get(server.uri(), "/uz/no-such-page/");
            assertEquals(404, missing.statusCode());
            HttpResponse<byte[]> css = Http.get(server.uri(), cssPath(Http.text(home)));
            assertEquals(200, css.statusCode());
            assertEquals("text/css; charset=utf-8", Http.header(css, "Content-Type"));

            try (SseClient events = SseClient.connect(server.uri(), null)) {
                assertEquals("hello", events.next(Duration.ofSeconds(10)).type());
                Files.writeString(siteJson, "{\n  \"title\": \"x\",\n}\n");
                rebuilder.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("content/site.json")));
                assertFalse(next(reports).ok());
                SseClient.Event error = events.nextNews(Duration.ofSeconds(10));
                assertNotNull(error);
                assertEquals("error", error.type());
                assertTrue(error.data().contains("content/site.json:"), error.data());
                HttpResponse<byte[]> page = Http.get(server.uri(), "/uz/");
                assertEquals(500, page.statusCode());
                assertTrue(Pattern.compile("content/site\\.json:\\d+:\\d+: ").matcher(Http.text(page)).find(), Http.text(page));

                Files.writeString(siteJson, good);
                rebuilder.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("content/site.json")));
                assertTrue(next(reports).ok());
                SseClient.Event reload = events.nextNews(Duration.ofSeconds(10));
                assertNotNull(reload);
                assertEquals("reload", reload.type());
                assertEquals(200, Http.get(server.uri(), "/uz/").statusCode());
            }
        } finally {
            Files.writeString(siteJson, good);
        }
    }

    @Test
    void serveCommandWatchesTheSourcesAndRebuilds() throws Exception {
        Path portal = project.resolve("content/portal/portal.json");
        String original = Files.readString(portal);
        assertTrue(original.contains(EVENT_TEXT), "the test edits a portal event's title");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serve = new Thread(() -> Main.run(new String[] {"serve", "--root", project.toString(), "--cache",
                REAL.resolve(".shaffof-cache").toString(), "--port", "0"}, new PrintWriter(out, true), new PrintWriter(err, true)));
        serve.start();
        try {
            Matcher ready = waitFor(out, Pattern.compile("; the preview is at (http://127\\.0\\.0\\.1:\\d+/)uz/"), err);
            URI uri = URI.create(ready.group(1));
            assertTrue(out.toString().startsWith("Serving a preview of content and templates at http://127.0.0.1:"), out.toString());
            assertEquals(200, Http.get(uri, "/uz/portal/").statusCode());

            try (SseClient events = SseClient.connect(uri, null)) {
                assertEquals("hello", events.next(Duration.ofSeconds(10)).type());
                Files.writeString(portal, original.replace(EVENT_TEXT, "ишга туширилди 98765\""));
                SseClient.Event reload = events.nextNews(WAIT);
                assertNotNull(reload, "no reload after the edit: " + out + err);
                assertEquals("reload", reload.type());
            }
            String page = Http.text(Http.get(uri, "/oz/portal/"));
            assertTrue(page.contains("туширилди 98765"), "the edit is served");
            waitFor(out, Pattern.compile("Rebuilt after content/portal/portal\\.json changed in \\d+ ms \\(load \\d+, figures \\d+, "
                    + "(?:[a-z ]+ \\d+, )*pages \\d+, (?:[a-z ]+ \\d+, )*gates \\d+; rendered [1-9]\\d* of \\d+ pages, HTML checked in \\d+ changed page\\(s\\)\\): \\d+ file\\(s\\) changed, reload sent to 1 browser\\(s\\) \\d+ ms after the change"), err);
        } finally {
            serve.interrupt();
            serve.join(TimeUnit.SECONDS.toMillis(30));
            Files.writeString(portal, original);
        }
        assertFalse(serve.isAlive());
    }

    private static String cssPath(String html) {
        Matcher m = Pattern.compile("href=\"([^\"]*site\\.[0-9a-f]+\\.css)\"").matcher(html);
        assertTrue(m.find(), "no stylesheet link");
        return URI.create("/uz/").resolve(m.group(1)).getPath();
    }

    private static Rebuilder.Report next(BlockingQueue<Rebuilder.Report> reports) throws InterruptedException {
        Rebuilder.Report r = reports.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(r, "no build finished");
        return r;
    }

    private static Matcher waitFor(StringWriter out, Pattern p, StringWriter err) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) return m;
            Thread.sleep(50);
        }
        throw new AssertionError("no match for " + p + " in:\n" + out + "\nerr:\n" + err);
    }
}
