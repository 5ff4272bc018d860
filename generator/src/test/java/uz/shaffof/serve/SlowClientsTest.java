package uz.shaffof.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that open connections and never finish a request head (slowloris) hold the server's threads only up to
 * its limits, and only for the head time: then their connections are closed, and the server answers as before. The
 * server runs in a JVM of its own ({@link SlowClientServer}): the JDK server reads its limits once per JVM.
 * Loopback only; the attack is {@value #SLOW_CLIENTS} connections, and every wait has a deadline.
 */
class SlowClientsTest {
    static final int SLOW_CLIENTS = 200;
    static final int HEAD_SECONDS = 2;
    static final int CONNECTIONS = 32;
    /** Threads the JVM may start beside the pool (the JDK's dispatcher and timers, the HTTP client's). */
    static final int SLACK = 12;

    @Test
    void halfSentRequestsHoldBoundedThreadsAndAreClosedAfterTheHeadTime() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                SlowClientServer.class.getName(), Integer.toString(HEAD_SECONDS), Integer.toString(CONNECTIONS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Socket> slow = new ArrayList<>();
        try (BufferedReader answers = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter ask = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String first = answers.readLine();
            assertNotNull(first, "the server did not start");
            URI uri = URI.create("http://127.0.0.1:" + first.substring("port ".length()) + "/");
            assertEquals(200, Http.get(uri, "/uz/").statusCode());
            int before = threads(ask, answers);
            try (SseClient events = SseClient.connect(uri, null)) {
                assertEquals("hello", events.next(PreviewServerTest.WAIT).type());

                for (int k = 0; k < SLOW_CLIENTS; k++) {
                    slow.add(halfSentRequest(uri));
                }
                // While the heads are pending (the head time is not over yet), the threads stay within the pool.
                int most = 0;
                for (int k = 0; k < 10; k++) {
                    most = Math.max(most, threads(ask, answers));
                    Thread.sleep(100);
                }
                assertTrue(most <= before + CONNECTIONS + SLACK,
                        most + " threads for " + SLOW_CLIENTS + " half-sent requests (" + before + " before)");

                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HEAD_SECONDS + 8);
                int open = 0;
                for (Socket s : slow) {
                    open += closedBy(s, deadline) ? 0 : 1;
                }
                assertEquals(0, open, "connections still open after the head time");

                // The event stream, a response that lasts, outlives the head time and still gets news.
                ask.println("rebuilt");
                assertEquals("1", answers.readLine(), "browsers told of the rebuild");
                SseClient.Event news = events.nextNews(PreviewServerTest.WAIT);
                assertNotNull(news, "the event stream was cut");
                assertEquals("reload", news.type());
            }
            assertEquals(200, Http.get(uri, "/uz/").statusCode());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            child.getOutputStream().close();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private static Socket halfSentRequest(URI uri) throws IOException {
        Socket s = new Socket(InetAddress.getByName(uri.getHost()), uri.getPort());
        try {
            OutputStream out = s.getOutputStream();
            out.write("GET /uz/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException refused) {
            // A connection beyond the limit may be closed before the write: it counts as closed below.
        }
        return s;
    }

    /** Whether the server closes {@code s} (end of stream or reset) before {@code deadline}. */
    private static boolean closedBy(Socket s, long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        s.setSoTimeout((int) Math.max(1, left));
        try {
            while (true) {
                if (s.getInputStream().read() < 0) return true;
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static int threads(PrintWriter ask, BufferedReader answers) throws IOException {
        ask.println("threads");
        return Integer.parseInt(answers.readLine());
    }
}
