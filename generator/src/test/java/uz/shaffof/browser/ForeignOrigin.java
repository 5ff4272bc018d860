package uz.shaffof.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A second loopback server on another port: another origin than the site, standing in for a press office's web
 * site that embeds our charts. It serves only the pages a test puts on it.
 *
 * <p>Both servers are on 127.0.0.1, so the frame is cross-origin but same-site. That is deliberate: Chromium then
 * keeps the frame in the page's process, and the driver's console and network logs cover it; a cross-site frame
 * would run in its own process, where those logs cannot see its errors. What the snippet depends on (the
 * sandbox, SRI inside it, postMessage between origins) depends on the origin, not the site.
 */
final class ForeignOrigin implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    private ForeignOrigin(HttpServer server) {
        this.server = server;
    }

    static ForeignOrigin start() {
        HttpServer server = SiteServer.loopbackServer();
        ForeignOrigin foreign = new ForeignOrigin(server);
        server.createContext("/", foreign::handle);
        server.start();
        return foreign;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code html} at {@code path} from now on; returns its URL. */
    URI publish(String path, String html) {
        pages.put(path, html);
        return URI.create(origin() + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String html = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
            SiteServer.send(exchange, html == null ? 404 : 200, "text/html; charset=utf-8", body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
