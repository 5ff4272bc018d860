package uz.shaffof.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import uz.shaffof.i18n.Edition;
import uz.shaffof.site.SiteGenerator;

/**
 * Serves the {@link Preview} from memory on 127.0.0.1 only. Like deploy/nginx.conf: {@code index.html} for a
 * directory, a redirect from {@code /uz} to {@code /uz/}, the site's {@code 404.html} with status 404, the same
 * security headers (the pages' CSP plus {@code frame-ancestors}), {@code GET} and {@code HEAD}. Unlike it: nothing
 * is cached ({@code no-store}), and every HTML response gets {@value #SCRIPT_TAG} before {@code </body>} (the
 * built files are not changed). While the last build has failed, every HTML response is the error page (status
 * 500); other files come from the last good build.
 *
 * <p>{@code /__shaffof/reload.js} and {@code /__shaffof/overlay.css} are the reload script and the style of its
 * error overlay; {@code /__shaffof/events} is the event stream they listen to. The script is a same-origin file
 * and the stream a same-origin connection, so the pages' {@code script-src 'self'} and {@code connect-src 'self'}
 * allow them as they are.
 *
 * <p>What a client may hold is bounded ({@link ServerLimits}): a request head that is not complete within the
 * time limit is dropped with its connection, connections beyond the limit are closed as they come, and the threads
 * (one for each connection being read or answered) are a bounded pool. A request with more than one {@code Host}
 * header gets 400: which one counts would be a guess, and the {@code Host} check must not be one.
 */
public final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/__shaffof/";
    static final String RELOAD_JS = PREFIX + "reload.js";
    static final String OVERLAY_CSS = PREFIX + "overlay.css";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT_TAG = "<script src=\"" + RELOAD_JS + "\" defer></script>";
    private static final byte[] SCRIPT_BYTES = (SCRIPT_TAG + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RELOAD_JS_BYTES = resource("/serve/reload.js");
    private static final byte[] OVERLAY_CSS_BYTES = resource("/serve/overlay.css");

    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PreviewServer(Preview preview, HttpServer server, ExecutorService executor) {
        this.preview = preview;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on 127.0.0.1:{@code port} (0: any free port) with the {@link ServerLimits#DEFAULT} limits. */
    public static PreviewServer start(Preview preview, int port) throws IOException {
        return start(preview, port, ServerLimits.DEFAULT);
    }

    /** Starts serving on 127.0.0.1:{@code port} (0: any free port). */
    public static PreviewServer start(Preview preview, int port, ServerLimits limits) throws IOException {
        limits.applyToJdkServer();
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        AtomicInteger n = new AtomicInteger();
        // Each open event stream holds a thread: the default executor (the dispatcher thread) would stall. A thread
        // per connection, and no more threads than connections the server keeps: a flood cannot grow the pool.
        ExecutorService executor = new ThreadPoolExecutor(0, limits.connections(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "shaffof-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        PreviewServer s = new PreviewServer(preview, server, executor);
        server.createContext("/", s::handle);
        server.setExecutor(executor);
        server.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/} */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            String path = ex.getRequestURI().getPath();
            if (path == null || path.isEmpty()) path = "/";
            headers(ex.getResponseHeaders(), path);
            List<String> hosts = ex.getRequestHeaders().get("Host");
            if (hosts != null && hosts.size() > 1) {
                send(ex, 400, "text/plain; charset=utf-8", text("more than one Host header\n"), head);
                return;
            }
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", text("only GET and HEAD\n"), head);
                return;
            }
            if (!isLocalHost(ex.getRequestHeaders().getFirst("Host"))) {
                // A page elsewhere that rebinds its own name to 127.0.0.1 must not read the preview.
                send(ex, 403, "text/plain; charset=utf-8", text("the preview answers only to 127.0.0.1 and localhost\n"), head);
                return;
            }
            if (path.startsWith(PREFIX)) {
                own(ex, path, head);
                return;
            }
            site(ex, path, head);
        } finally {
            ex.close();
        }
    }

    private void own(HttpExchange ex, String path, boolean head) throws IOException {
        switch (path) {
            case RELOAD_JS -> send(ex, 200, ContentTypes.of(path), RELOAD_JS_BYTES, head);
            case OVERLAY_CSS -> send(ex, 200, ContentTypes.of(path), OVERLAY_CSS_BYTES, head);
            case EVENTS -> {
                ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                if (head) {
                    ex.sendResponseHeaders(200, -1);
                    return;
                }
                String lastEventId = ex.getRequestHeaders().getFirst("Last-Event-ID");
                preview.events().serve(ex, () -> preview.greeting(lastEventId));
            }
            default -> send(ex, 404, "text/plain; charset=utf-8", text("no such preview file\n"), head);
        }
    }

    private void site(HttpExchange ex, String path, boolean head) throws IOException {
        Preview.State state = preview.state();
        PreviewSite site = state.site();
        if (site == null) {
            if (state.failed()) send(ex, 500, ContentTypes.HTML, ErrorPage.failure(state), head);
            else send(ex, 503, ContentTypes.HTML, ErrorPage.building(), head);
            return;
        }
        String rel = path.substring(1);
        if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
        byte[] bytes;
        try {
            bytes = site.get(rel); // a deferred file (a chart's PNG) is made now if the build has not made it yet
        } catch (RuntimeException e) {
            // The build fails the same way when it makes the file; its problems follow as an error event.
            send(ex, 500, "text/plain; charset=utf-8", text("could not make " + rel + ": " + e.getMessage() + "\n"), head);
            return;
        }
        if (bytes == null && site.contains(rel + "/index.html")) {
            String query = ex.getRequestURI().getRawQuery();
            ex.getResponseHeaders().set("Location", path + "/" + (query != null ? "?" + query : ""));
            send(ex, 301, "text/plain; charset=utf-8", text("moved to " + path + "/\n"), head);
            return;
        }
        boolean found = bytes != null;
        if (!found) {
            if (state.failed() && !looksLikePage(rel)) {
                // Not the page being previewed (say /favicon.ico): an error page would only be noise.
                send(ex, 404, "text/plain; charset=utf-8", text("not found\n"), head);
                return;
            }
            rel = "404.html";
            bytes = site.get(rel);
        }
        if (bytes == null) {
            send(ex, 404, "text/plain; charset=utf-8", text("not found (and the site has no 404.html)\n"), head);
        } else if (ContentTypes.isHtml(rel)) {
            if (state.failed()) send(ex, 500, ContentTypes.HTML, ErrorPage.failure(state), head);
            else send(ex, found ? 200 : 404, ContentTypes.HTML, injectReloadScript(bytes), head);
        } else {
            send(ex, 200, ContentTypes.of(rel), bytes, head);
        }
    }

    /** A path that names a page: it ends in {@code .html} or its last segment has no extension. */
    static boolean looksLikePage(String rel) {
        String last = rel.substring(rel.lastIndexOf('/') + 1);
        return last.endsWith(".html") || last.indexOf('.') < 0;
    }

    /** The headers deploy/nginx.conf sends, except that nothing may be cached. */
    private static void headers(Headers h, String path) {
        boolean embed = Stream.of(Edition.values()).anyMatch(e -> path.startsWith("/" + e.prefix() + "/embed/"));
        h.set("Content-Security-Policy", SiteGenerator.CSP + "; frame-ancestors " + (embed ? "*" : "'none'"));
        if (!embed) h.set("X-Frame-Options", "DENY");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "strict-origin-when-cross-origin");
        h.set("Cache-Control", "no-store");
        if (path.startsWith("/assets/")) h.set("Access-Control-Allow-Origin", "*");
    }

    static boolean isLocalHost(String host) {
        if (host == null) return true; // HTTP/1.0
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(0, end + 1);
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]");
    }

    /** The page with {@value #SCRIPT_TAG} before its last {@code </body>} (at the end if it has none). */
    static byte[] injectReloadScript(byte[] html) {
        int at = lastIndexOfIgnoreCase(html, BODY_END);
        if (at < 0) at = html.length;
        byte[] out = new byte[html.length + SCRIPT_BYTES.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(SCRIPT_BYTES, 0, out, at, SCRIPT_BYTES.length);
        System.arraycopy(html, at, out, at + SCRIPT_BYTES.length, html.length - at);
        return out;
    }

    private static int lastIndexOfIgnoreCase(byte[] hay, byte[] needle) {
        outer:
        for (int i = hay.length - needle.length; i >= 0; i--) {
            for (int k = 0; k < needle.length; k++) {
                int c = hay[i + k];
                if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
                if (c != needle[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (head) {
            // HttpServer sends no body for HEAD and wants the length set by hand.
            ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the event streams and stops serving. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) return;
        preview.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
