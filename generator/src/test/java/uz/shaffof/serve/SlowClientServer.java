package uz.shaffof.serve;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The preview server in a JVM of its own, for {@link SlowClientsTest}: the JDK server reads its limits once per JVM,
 * so a test of them needs a fresh one. Arguments: head time in seconds, connections. Prints {@code port N}, then
 * answers one line on standard input at a time: {@code threads} (the JVM's live thread count) or {@code rebuilt}
 * (a new build, which sends a reload event). Ends when standard input closes.
 */
public final class SlowClientServer {
    private SlowClientServer() {}

    public static void main(String[] args) throws Exception {
        ServerLimits limits = new ServerLimits(Duration.ofSeconds(Long.parseLong(args[0])), Integer.parseInt(args[1]));
        try (Preview preview = new Preview(); PreviewServer server = PreviewServer.start(preview, 0, limits)) {
            preview.succeeded(PreviewSite.of(PreviewServerTest.site("hello")));
            System.out.println("port " + server.port());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                switch (line) {
                    case "threads" -> System.out.println(ManagementFactory.getThreadMXBean().getThreadCount());
                    case "rebuilt" -> System.out.println(preview.succeeded(PreviewSite.of(PreviewServerTest.site("again"))).browsers());
                    default -> System.out.println("unknown command " + line);
                }
                System.out.flush();
            }
        }
    }
}
