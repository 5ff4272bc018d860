package uz.shaffof.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Server-sent events to every open {@code /__shaffof/events} connection. Each connection holds one server thread
 * that writes what is queued for it and a comment line every {@value #KEEP_ALIVE_SECONDS} s, which is also how a
 * closed tab is noticed. An event is {@code id:}, {@code event:} and one {@code data:} line.
 */
final class EventStream implements AutoCloseable {
    static final int KEEP_ALIVE_SECONDS = 15;
    private static final Object CLOSE = new Object();

    private final List<BlockingQueue<Object>> clients = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** One event as the wire carries it; {@code data} must be one line. */
    static String format(String id, String event, String data) {
        if (data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0) throw new IllegalArgumentException("multi-line data");
        return "id: " + id + "\nevent: " + event + "\ndata: " + data + "\n\n";
    }

    /** Queues an event for every open connection; returns how many there were. */
    int broadcast(String message) {
        int n = 0;
        for (BlockingQueue<Object> q : clients) {
            q.offer(message);
            n++;
        }
        return n;
    }

    int clients() {
        return clients.size();
    }

    /**
     * Serves one connection until the browser goes away or the stream is closed. {@code first} gives what a
     * client that has just (re)connected needs to hear; it is asked after the connection is registered, so that
     * no event falls between the two (at worst one comes twice).
     */
    void serve(HttpExchange ex, Supplier<List<String>> first) throws IOException {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                write(out, "retry: 1000\n\n");
                for (String m : first.get()) write(out, m);
                while (!closed) {
                    Object m = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                    if (m == CLOSE || closed) break;
                    write(out, m == null ? ": keep-alive\n\n" : (String) m);
                }
            }
        } catch (IOException gone) {
            // The tab closed or reloaded: nothing to do.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            ex.close();
        }
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        for (BlockingQueue<Object> q : clients) q.offer(CLOSE);
    }
}
