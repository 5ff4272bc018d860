package uz.shaffof.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built {@code site/} directory on 127.0.0.1 (an ephemeral port) the way the production nginx does:
 * {@code index.html} for a directory, a redirect from {@code /uz} to {@code /uz/}, the "not found" page with status
 * 404 (the edition's own {@code 404.html} under {@code /uz/} and {@code /oz/}, else the root one), and the Content-Types of {@code deploy/nginx.conf}. It adds no security headers: the pages must be
 * safe with their {@code <meta>} CSP alone, on any host.
 *
 * <pre>{@code
 * try (SiteServer server = SiteServer.serve(Path.of("..", "site"))) {
 *     driver.get(server.url("/uz/").toString());
 * }
 * }</pre>
 */
final class SiteServer implements AutoCloseable {

    /** The types nginx.conf declares, for the extensions the site uses. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;

    private SiteServer(Path root, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving {@code root} on 127.0.0.1 and an ephemeral port. */
    static SiteServer serve(Path root) {
        HttpServer server = loopbackServer();
        // Several threads: a page loads its CSS, scripts and the chart bundle in parallel, as from nginx.
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        SiteServer site = new SiteServer(root.toAbsolutePath().normalize(), server, threads);
        server.createContext("/", site::handle);
        server.setExecutor(threads);
        server.start();
        return site;
    }

    /** An HTTP server bound to 127.0.0.1 only: nothing here is reachable from another machine. */
    static HttpServer loopbackServer() {
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            return HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a loopback port", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, the origin every request of a page must go to. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The absolute URL of a site path such as {@code /uz/regions/}. */
    URI url(String path) {
        return URI.create(origin() + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || path.contains("/.")) {
                notFound(exchange);
            } else if (Files.isDirectory(file) && !path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            } else {
                Path target = Files.isDirectory(file) ? file.resolve("index.html") : file;
                if (Files.isRegularFile(target)) {
                    send(exchange, 200, typeOf(target), Files.readAllBytes(target));
                } else {
                    notFound(exchange);
                }
            }
        }
    }

    /** As nginx's {@code $shaffof_not_found}: the edition's own 404 under /uz/ and /oz/, else the root one. */
    private void notFound(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String edition = path.startsWith("/uz/") ? "uz/" : path.startsWith("/oz/") ? "oz/" : "";
        Path page = root.resolve(edition + "404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page) : new byte[0];
        send(exchange, 404, "text/html; charset=utf-8", body);
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** Writes a complete response; HEAD gets the headers only. */
    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // Every run tests the bytes on disk now, never a copy the browser kept from an earlier page.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
