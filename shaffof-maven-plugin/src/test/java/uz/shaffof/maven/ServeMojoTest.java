package uz.shaffof.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeMojoTest {
    private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)uz/");

    @Test
    void servesThePreviewOnTheGivenPortAndTakesNoOut() {
        ServeMojo mojo = new ServeMojo();
        mojo.root = Path.of("/srv/site").toFile();
        mojo.out = Path.of("/srv/site/public").toFile();
        mojo.port = 9000;
        assertEquals(List.of("serve", "--root", "/srv/site", "--port", "9000"), mojo.arguments());
    }

    /** The goal runs until its thread is stopped; meanwhile the preview answers, and nothing is written. */
    @Test
    void previewAnswersWhileTheGoalRuns(@TempDir Path dir) throws Exception {
        ServeMojo mojo = SiteFixture.configure(new ServeMojo(), SiteFixture.copyInto(dir));
        mojo.port = 0;
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "shaffof-serve-goal");
        goal.start();
        try {
            URI base = awaitBase(SiteFixture.log(mojo), goal);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> page = awaitPage(http, base.resolve("oz/"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("lang=\"uz-Cyrl\""), "the Cyrillic edition");
        } finally {
            goal.interrupt();
            goal.join(Duration.ofSeconds(60).toMillis());
        }
        assertFalse(goal.isAlive(), "the goal ends when its thread is interrupted");
        assertEquals(null, failed.get());
        assertFalse(Files.exists(dir.resolve("site")), "serve writes nothing");
    }

    private static URI awaitBase(RecordingLog log, Thread goal) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && goal.isAlive()) {
            for (String line : log.lines) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) return URI.create(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no 'Serving a preview' line: " + log.lines);
    }

    /** The first build runs after the server starts; until it is done the preview says it is building. */
    private static HttpResponse<String> awaitPage(HttpClient http, URI uri) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200 && last.body().contains("<html")) return last;
            Thread.sleep(200);
        }
        assertNotNull(last);
        return last;
    }
}
