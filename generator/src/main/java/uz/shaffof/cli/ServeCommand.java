package uz.shaffof.cli;

import uz.shaffof.pipeline.BuildListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.build.ProgressPrinter;
import uz.shaffof.gate.HtmlValidityGate;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.serve.Preview;
import uz.shaffof.serve.PreviewBuild;
import uz.shaffof.serve.PreviewServer;
import uz.shaffof.serve.Rebuilder;
import uz.shaffof.serve.SiteBuilder;

/**
 * {@code shaffof serve}: builds the site in memory and serves it on 127.0.0.1 (nothing is written: the published
 * {@code site/} is never touched), rebuilds when a file under {@code content/} or {@code templates/} changes, and
 * reloads the browser. A failed rebuild shows its problems in the terminal and in the browser until the next good
 * build. docs/SERVE.md describes it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on localhost, rebuilding when content or templates change.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--port", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port).",
            defaultValue = "8080")
    int port;

    @Spec
    CommandSpec spec;

    private final Set<Problem> warningsShown = new HashSet<>();
    private boolean built;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options;
        try {
            options = project.toBuildOptions();
        } catch (OutputRefused e) {
            return Reporter.refused(err, null, e);
        }
        if (project.out != null) err.println("serve writes no files: --out is ignored");
        int refused = Reporter.prepareReadOnlyCommand(err, options);
        if (refused >= 0) return refused;

        Preview preview = new Preview();
        PreviewServer server;
        try {
            server = PreviewServer.start(preview, port);
        } catch (BindException e) {
            err.println("shaffof serve: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); pass another --port (0 picks a free one)");
            err.flush();
            return ExitCodes.INTERNAL;
        }
        // In a terminal, a rebuild that takes a while shows its stage; the line is erased before the report.
        ProgressPrinter progress = new ProgressPrinter(out,
                ProgressPrinter.isInteractive(System.console() != null, System.getenv()), 300, System::nanoTime);
        PreviewBuild build = new PreviewBuild(options);
        Thread stop = new Thread(server::close, "shaffof-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try (SourceWatcher watcher = SourceWatcher.start(List.of(options.content(), options.templates()));
             Rebuilder rebuilder = new Rebuilder(build, preview, r -> report(r, server.uri(), progress, out, err),
                     new BuildListener() {
                         @Override
                         public void stage(String name, int index, int count) {
                             if (index == 0) progress.begin();
                             progress.update("building (" + name + ")", index, count);
                         }

                         @Override
                         public void progress(String what, long done, long total) {
                             progress.update("building (" + what + ")", done, total);
                         }
                     })) {
            // Without a template directory there is nothing of the site's to watch there: one made while serving is
            // not seen, so the line says so rather than leave an editor wondering why an override does nothing.
            String templates = Files.isDirectory(options.templates()) ? " and " + options.display(options.templates())
                    : " with the built-in templates (restart after creating " + options.display(options.templates())
                    + "/ to override one)";
            out.println("Serving a preview of " + options.display(options.content()) + templates + " at "
                    + server.uri() + "uz/ (built in memory: "
                    + options.display(options.out()) + "/ is not touched). Ctrl+C stops.");
            out.flush();
            rebuilder.request(Rebuilder.Trigger.initial());
            watcher.run((first, paths) -> rebuilder.request(new Rebuilder.Trigger(first,
                    paths.stream().map(options::display).collect(Collectors.toSet()))));
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped by the embedding program (Ctrl+C ends the JVM through the shutdown hook instead).
        } finally {
            server.close();
            build.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // already running
            }
        }
        return ExitCodes.OK;
    }

    /** One line per build (after any new warnings), or the problems and one line. */
    private void report(Rebuilder.Report r, URI uri, ProgressPrinter progress,
                        PrintWriter out, PrintWriter err) {
        progress.clear();
        String why = r.trigger().paths().isEmpty() ? "" : " after " + describe(r.trigger().paths()) + " changed";
        if (r.ok()) {
            BuildResult result = r.result();
            List<Problem> fresh = result.warnings().stream().filter(w -> !warningsShown.contains(w)).toList();
            Reporter.problems(err, fresh);
            warningsShown.addAll(fresh);
            Preview.Change c = r.change();
            String outcome = !c.sent() ? "no output changed, no reload"
                    : c.changedFiles() + " file(s) changed, reload sent to " + c.browsers() + " browser(s) "
                    + r.sinceChangeMillis() + " ms after the change";
            if (!built) {
                out.println(result.summary("Built") + "; the preview is at " + uri + "uz/");
                built = true;
            } else {
                out.println("Rebuilt" + why + " in " + r.buildMillis() + " ms (" + stages(r.stageMillis())
                        + "; " + result.renders() + ", HTML checked in "
                        + r.pagesChecked().getOrDefault(HtmlValidityGate.NAME, 0L)
                        + " changed page(s)): " + outcome);
            }
        } else {
            BuildFailure f = r.failure();
            Reporter.problems(err, f.problems());
            long errors = f.problems().stream().filter(Problem::isError).count();
            err.println("Rebuild failed" + why + " in " + r.buildMillis() + " ms: " + f.stage() + ", " + errors
                    + " error(s); the browser shows them until the next good build");
        }
        out.flush();
        err.flush();
    }

    private static String stages(Map<String, Long> millis) {
        StringJoiner j = new StringJoiner(", ");
        millis.forEach((name, ms) -> j.add(name + " " + ms));
        return j.toString();
    }

    private static String describe(Set<String> paths) {
        List<String> list = List.copyOf(paths);
        if (list.size() <= 3) return String.join(", ", list);
        return String.join(", ", list.subList(0, 3)) + " and " + (list.size() - 3) + " more";
    }
}
