package uz.shaffof.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may hold of the preview server: how long it may take to send a request's head, and how many
 * connections the server keeps open at once (each connection that is being read or answered holds one thread).
 *
 * <p>The server is the JDK's {@code com.sun.net.httpserver}, which reads both limits from system properties
 * ({@code sun.net.httpserver.maxReqTime}, in whole seconds, and {@code jdk.httpserver.maxConnections}) once, when
 * the first server of the JVM starts. {@link #applyToJdkServer} sets them for the {@code shaffof serve} process; a
 * value given with {@code -D} on the command line wins.
 *
 * @param requestHead time a client has to send the request line and headers, in whole seconds (at least 1)
 * @param connections connections held at once; the server accepts and at once closes any beyond them
 */
public record ServerLimits(Duration requestHead, int connections) {
    static final String REQUEST_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";
    static final String CONNECTIONS_PROPERTY = "jdk.httpserver.maxConnections";

    /** Ten seconds for a request head; 128 connections (a browser opens up to six, plus one event stream a tab). */
    public static final ServerLimits DEFAULT = new ServerLimits(Duration.ofSeconds(10), 128);

    public ServerLimits {
        Objects.requireNonNull(requestHead, "requestHead");
        if (requestHead.toSeconds() < 1 || requestHead.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("requestHead must be whole seconds, at least 1: " + requestHead);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1: " + connections);
        }
    }

    /**
     * Sets these limits as the JDK server's properties, except those given with {@code -D}. Called before the JVM's
     * first {@code HttpServer} starts: the JDK reads them then, once.
     */
    void applyToJdkServer() {
        setIfAbsent(REQUEST_TIME_PROPERTY, requestHead.toSeconds());
        setIfAbsent(CONNECTIONS_PROPERTY, connections);
    }

    private static void setIfAbsent(String property, long value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Long.toString(value));
        }
    }
}
