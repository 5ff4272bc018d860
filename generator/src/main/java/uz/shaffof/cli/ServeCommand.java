package uz.shaffof.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uz.shaffof.build.Build;
import uz.shaffof.build.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;

/**
 * {@code shaffof serve}: builds a preview into a temporary directory (never the published {@code site/}),
 * serves it on localhost, and rebuilds when a file under {@code content/} or {@code templates/} changes. When a
 * rebuild fails, every page shows the errors until the next good build.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on localhost, rebuilding when content or templates change.")
public final class ServeCommand implements Callable<Integer> {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("xml", "application/xml"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"));

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--port", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Spec
    CommandSpec spec;

    private final AtomicReference<String> lastError = new AtomicReference<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path preview = Files.createTempDirectory("shaffof-preview-");
        BuildOptions options = project.toBuildOptions().withOut(preview.resolve("site"));
        rebuild(options, out, err);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", ex -> serve(ex, options.out()));
        server.start();
        out.println("Serving a preview of " + options.display(options.content()) + " at http://127.0.0.1:" + port
                + "/ (the published site/ is not touched). Ctrl+C stops.");
        out.flush();
        new SourceWatcher(java.util.List.of(options.content(), options.templates()))
                .run(() -> rebuild(options, out, err));
        return ExitCodes.OK;
    }

    private void rebuild(BuildOptions options, PrintWriter out, PrintWriter err) {
        try {
            BuildResult r = Build.create(options).run();
            lastError.set(null);
            Reporter.problems(err, r.warnings());
            out.println(r.summary("Rebuilt"));
            out.flush();
        } catch (BuildFailure f) {
            Reporter.failure(err, f);
            lastError.set(String.join("\n", f.problems().stream().map(Problem::toString).toList()));
        }
    }

    private void serve(HttpExchange ex, Path root) throws IOException {
        try (ex) {
            String error = lastError.get();
            if (error != null) {
                send(ex, 500, "text/plain; charset=utf-8", ("The last rebuild failed:\n\n" + error
                        + "\n\nFix the files and save: the preview rebuilds by itself.\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(ex, 403, "text/plain; charset=utf-8", "forbidden\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                send(ex, 404, TYPES.get("html"), Files.exists(notFound) ? Files.readAllBytes(notFound) : new byte[0]);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

}
