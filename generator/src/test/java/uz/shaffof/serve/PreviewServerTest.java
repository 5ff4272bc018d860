package uz.shaffof.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.site.SiteGenerator;

/** The server on a hand-made site: what it answers, from memory, and what it tells the browsers. */
class PreviewServerTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String PAGE = "<!DOCTYPE html>\n<html lang=\"uz-Latn\">\n<head><title>t</title></head>\n<body>\n<p>%s</p>\n</body>\n</html>\n";

    Preview preview;
    PreviewServer server;

    static List<OutputFile> site(String text) {
        return List.of(
                OutputFile.text("index.html", PAGE.formatted("root")),
                OutputFile.text("uz/index.html", PAGE.formatted(text)),
                OutputFile.text("uz/regions/index.html", PAGE.formatted("regions")),
                OutputFile.text("uz/embed/c/index.html", PAGE.formatted("embed")),
                OutputFile.text("404.html", PAGE.formatted("not found")),
                OutputFile.text("assets/site.css", "body { color: black } /* </body> */"),
                OutputFile.text("data/portal.json", "{\"a\": 1}"),
                OutputFile.text("uz/feed.xml", "<feed/>"),
                new OutputFile("uz/charts/c/c.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    static BuildFailure failure(String message) {
        return new BuildFailure("load", List.of(Problem.error(SourcePos.of("content/site.json", 3, 7), message),
                Problem.error(SourcePos.of("content/regions.json", 1, 1), "second problem")));
    }

    @BeforeEach
    void start() throws Exception {
        preview = new Preview();
        server = PreviewServer.start(preview, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.uri().getHost());
        assertTrue(server.port() > 0);
    }

    @Test
    void answersFromMemoryAndInjectsTheScriptIntoHtmlOnly() throws Exception {
        preview.succeeded(PreviewSite.of(site("hello")));

        HttpResponse<byte[]> page = Http.get(server.uri(), "/uz/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", Http.header(page, "Content-Type"));
        String html = Http.text(page);
        assertTrue(html.contains("<p>hello</p>"), html);
        assertEquals(1, html.split(PreviewServer.SCRIPT_TAG, -1).length - 1, "the script once: " + html);
        assertTrue(html.contains(PreviewServer.SCRIPT_TAG + "\n</body>"), "before </body>: " + html);
        assertEquals(SiteGenerator.CSP + "; frame-ancestors 'none'", Http.header(page, "Content-Security-Policy"));
        assertEquals("DENY", Http.header(page, "X-Frame-Options"));
        assertEquals("no-store", Http.header(page, "Cache-Control"));

        HttpResponse<byte[]> css = Http.get(server.uri(), "/assets/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", Http.header(css, "Content-Type"));
        assertEquals("body { color: black } /* </body> */", Http.text(css), "non-HTML bytes are served as built");
        assertEquals("*", Http.header(css, "Access-Control-Allow-Origin"));

        assertEquals("application/json; charset=utf-8", Http.header(Http.get(server.uri(), "/data/portal.json"), "Content-Type"));
        assertEquals("application/xml; charset=utf-8", Http.header(Http.get(server.uri(), "/uz/feed.xml"), "Content-Type"));
        HttpResponse<byte[]> png = Http.get(server.uri(), "/uz/charts/c/c.png");
        assertEquals("image/png", Http.header(png, "Content-Type"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, png.body());

        HttpResponse<byte[]> embed = Http.get(server.uri(), "/uz/embed/c/");
        assertEquals(SiteGenerator.CSP + "; frame-ancestors *", Http.header(embed, "Content-Security-Policy"));
        assertNull(Http.header(embed, "X-Frame-Options"));
    }

    @Test
    void directoriesRedirectsNotFoundAndHead() throws Exception {
        preview.succeeded(PreviewSite.of(site("hello")));

        assertTrue(Http.text(Http.get(server.uri(), "/")).contains("<p>root</p>"));
        HttpResponse<byte[]> moved = Http.get(server.uri(), "/uz/regions?x=1");
        assertEquals(301, moved.statusCode());
        assertEquals("/uz/regions/?x=1", Http.header(moved, "Location"));

        HttpResponse<byte[]> missing = Http.get(server.uri(), "/uz/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertTrue(Http.text(missing).contains("<p>not found</p>"), "the site's 404.html");
        assertTrue(Http.text(missing).contains(PreviewServer.SCRIPT_TAG));
        assertEquals(404, Http.get(server.uri(), "/../../etc/passwd").statusCode());

        HttpResponse<byte[]> get = Http.get(server.uri(), "/uz/");
        HttpResponse<byte[]> head = Http.request(server.uri(), "HEAD", "/uz/");
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(get.body().length), Http.header(head, "Content-Length"));
        assertEquals("text/html; charset=utf-8", Http.header(head, "Content-Type"));

        HttpResponse<byte[]> post = Http.request(server.uri(), "POST", "/uz/");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", Http.header(post, "Allow"));
    }

    @Test
    void refusesOtherHostNames() throws Exception {
        preview.succeeded(PreviewSite.of(site("hello")));
        try (Socket s = new Socket(server.uri().getHost(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write("GET /uz/ HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertTrue(status.contains(" 403 "), status);
        }
        assertTrue(PreviewServer.isLocalHost("localhost:8080"));
        assertTrue(PreviewServer.isLocalHost("127.0.0.1"));
        assertTrue(PreviewServer.isLocalHost("[::1]:8080"));
        assertFalse(PreviewServer.isLocalHost("127.0.0.1.attacker.example"));
    }

    @Test
    void refusesARequestWithTwoHostHeaders() throws Exception {
        preview.succeeded(PreviewSite.of(site("hello")));
        // Either order: a check that reads the first Host only would pass the local name and miss the other.
        for (String hosts : List.of("Host: 127.0.0.1\r\nHost: attacker.example", "Host: attacker.example\r\nHost: 127.0.0.1",
                "Host: 127.0.0.1\r\nHost: 127.0.0.1")) {
            try (Socket s = new Socket(server.uri().getHost(), server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /uz/ HTTP/1.1\r\n" + hosts + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertTrue(status.contains(" 400 "), hosts + ": " + status);
            }
        }
    }

    @Test
    void reloadScriptAndOverlayStyleKeepToTheCsp() throws Exception {
        HttpResponse<byte[]> js = Http.get(server.uri(), PreviewServer.RELOAD_JS);
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript; charset=utf-8", Http.header(js, "Content-Type"));
        String script = Http.text(js);
        assertTrue(script.contains("new EventSource('/__shaffof/events')"), script);
        assertTrue(script.contains("'/__shaffof/overlay.css'"));
        assertTrue(script.contains("textContent"));
        String code = script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        for (String banned : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", ".style.", "setAttribute('style'")) {
            assertFalse(code.contains(banned), "reload.js must not use " + banned);
        }
        HttpResponse<byte[]> css = Http.get(server.uri(), PreviewServer.OVERLAY_CSS);
        assertEquals("text/css; charset=utf-8", Http.header(css, "Content-Type"));
        assertTrue(Http.text(css).contains(".shaffof-overlay"));
        assertEquals(404, Http.get(server.uri(), "/__shaffof/nothing").statusCode());
    }

    @Test
    void beforeTheFirstBuildPagesSayItIsRunning() throws Exception {
        HttpResponse<byte[]> r = Http.get(server.uri(), "/uz/");
        assertEquals(503, r.statusCode());
        assertTrue(Http.text(r).contains("Building the preview"));
        assertTrue(Http.text(r).contains(PreviewServer.SCRIPT_TAG));
    }

    @Test
    void eventStreamSendsHelloThenReloadAfterAGoodBuild() throws Exception {
        try (SseClient events = SseClient.connect(server.uri(), null)) {
            assertEquals(200, events.status);
            assertTrue(events.contentType.startsWith("text/event-stream"), events.contentType);
            SseClient.Event hello = events.next(WAIT);
            assertNotNull(hello);
            assertEquals("hello", hello.type());
            assertEquals(preview.state().id(), hello.id());

            Preview.Change c = preview.succeeded(PreviewSite.of(site("one")));
            assertTrue(c.sent());
            assertEquals(1, c.browsers());
            SseClient.Event reload = events.nextNews(WAIT);
            assertNotNull(reload, "no reload event");
            assertEquals("reload", reload.type());
            assertEquals(preview.state().id(), reload.id());

            // The same files again: nothing to reload.
            assertFalse(preview.succeeded(PreviewSite.of(site("one"))).sent());
            preview.succeeded(PreviewSite.of(site("two")));
            assertEquals("reload", events.nextNews(WAIT).type());
            assertTrue(Http.text(Http.get(server.uri(), "/uz/")).contains("<p>two</p>"));
        }
    }

    @Test
    void aFailedBuildGivesAnErrorEventAndAnEscapedErrorPageThenAGoodBuildReloads() throws Exception {
        preview.succeeded(PreviewSite.of(site("good")));
        try (SseClient events = SseClient.connect(server.uri(), null)) {
            assertEquals("hello", events.next(WAIT).type());
            preview.failed(failure("expected a value, found <script>alert(1)</script> & \"more\""));

            SseClient.Event error = events.nextNews(WAIT);
            assertNotNull(error, "no error event");
            assertEquals("error", error.type());
            assertTrue(error.data().contains("\"stage\":\"load\""), error.data());
            assertTrue(error.data().contains("content/site.json:3:7: expected a value"), error.data());
            assertTrue(error.data().contains("content/regions.json:1:1: second problem"), error.data());

            for (String path : List.of("/uz/", "/uz/regions/", "/no-such-page")) {
                HttpResponse<byte[]> page = Http.get(server.uri(), path);
                assertEquals(500, page.statusCode(), path);
                assertEquals("text/html; charset=utf-8", Http.header(page, "Content-Type"));
                String html = Http.text(page);
                assertTrue(html.contains("content/site.json:3:7: expected a value, found &lt;script&gt;alert(1)&lt;/script&gt; "
                        + "&amp; &quot;more&quot;"), html);
                assertFalse(html.contains("<script>alert"), html);
                assertTrue(html.contains("content/regions.json:1:1: second problem"), html);
                assertTrue(html.contains(PreviewServer.SCRIPT_TAG), "the error page reloads itself");
                assertTrue(html.contains("data-shaffof-build=\"" + preview.state().id() + "\""), html);
            }
            assertEquals(200, Http.get(server.uri(), "/assets/site.css").statusCode(), "other files: the last good build");
            HttpResponse<byte[]> icon = Http.get(server.uri(), "/favicon.ico");
            assertEquals(404, icon.statusCode(), "a missing file that is not a page gets no error page");
            assertFalse(Http.text(icon).contains("content/site.json"));

            preview.succeeded(PreviewSite.of(site("good")));
            SseClient.Event reload = events.nextNews(WAIT);
            assertNotNull(reload, "no reload after the failure");
            assertEquals("reload", reload.type(), "a good build after a failure reloads even with the same files");
            HttpResponse<byte[]> page = Http.get(server.uri(), "/uz/");
            assertEquals(200, page.statusCode());
            assertTrue(Http.text(page).contains("<p>good</p>"));
        }
    }

    @Test
    void aFirstBuildThatFailsShowsTheErrorPage() throws Exception {
        preview.failed(failure("broken"));
        HttpResponse<byte[]> page = Http.get(server.uri(), "/uz/");
        assertEquals(500, page.statusCode());
        assertTrue(Http.text(page).contains("content/site.json:3:7: broken"));
    }

    @Test
    void aReconnectingBrowserHearsWhatItMissed() throws Exception {
        preview.succeeded(PreviewSite.of(site("one")));
        String seen = preview.state().id();
        preview.succeeded(PreviewSite.of(site("two")));
        try (SseClient events = SseClient.connect(server.uri(), seen)) {
            assertEquals("hello", events.next(WAIT).type());
            assertEquals("reload", events.next(WAIT).type());
        }
        try (SseClient upToDate = SseClient.connect(server.uri(), preview.state().id())) {
            assertEquals("hello", upToDate.next(WAIT).type());
            assertNull(upToDate.next(Duration.ofMillis(300)), "nothing missed, nothing sent");
        }
        preview.failed(failure("broken"));
        try (SseClient fresh = SseClient.connect(server.uri(), null)) {
            assertEquals("hello", fresh.next(WAIT).type());
            SseClient.Event e = fresh.next(WAIT);
            assertEquals("error", e.type(), "a page loaded just before the failure still hears of it");
        }
    }

    @Test
    void injectionWithoutBodyAppendsAndIgnoresCase() {
        assertEquals("<p>x</p>" + PreviewServer.SCRIPT_TAG + "\n",
                new String(PreviewServer.injectReloadScript("<p>x</p>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertEquals("<BODY>ʻ" + PreviewServer.SCRIPT_TAG + "\n</BODY>", new String(PreviewServer.injectReloadScript(
                "<BODY>ʻ</BODY>".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }
}
