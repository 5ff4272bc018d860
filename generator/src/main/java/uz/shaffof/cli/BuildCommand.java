package uz.shaffof.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uz.shaffof.build.Build;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.build.ProgressPrinter;
import uz.shaffof.build.StageTimings;
import uz.shaffof.output.OutputFailed;
import uz.shaffof.output.OutputLock;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.problem.BuildFailure;

/** {@code shaffof build}: content/ and templates/ to site/, published only when every check passed. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output directory (default command).")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for another build of the same output to finish (default: ${DEFAULT-VALUE}).")
    long lockTimeoutSeconds;

    @Option(names = "--timings",
            description = "After the summary, print the wall time and share of each stage of the build (and of each gate).")
    boolean timings;

    @Option(names = "--preview", description = "A local build, not for publishing: accept a placeholder or local "
            + "baseUrl in content/site.json (shaffof.example, localhost, …), which a published build refuses.")
    boolean preview;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        // In a terminal (not in CI), a build that takes over a second shows its stage and pages done of total.
        BuildOptions options;
        try {
            options = publishingUnlessPreview(project.toBuildOptions());
        } catch (OutputRefused e) {
            return Reporter.refused(err, null, e);
        }
        if (lockTimeoutSeconds < 0) {
            return Reporter.refused(err, options, OutputRefused.option("--lock-timeout must be 0 or more seconds"));
        }
        // A second build of the same output (another CI job, an editor's build) waits for this one, and says so.
        OutputLock.Wait wait = new OutputLock.Wait(Duration.ofSeconds(lockTimeoutSeconds), pid -> {
            err.println("waiting for another build of " + Reporter.name(options, options.out())
                    + (pid > 0 ? " (pid " + pid + ")" : "") + " to finish...");
            err.flush();
        });
        ProgressPrinter progress = ProgressPrinter.forTerminal(out);
        StageTimings times = new StageTimings();
        BuildListener listener = timings ? progress.listener().and(times) : progress.listener();
        // Build.run checks the paths too; checked here first, so that nothing is probed for a refused build.
        try {
            Build.requireSafeOutput(options);
        } catch (OutputRefused e) {
            return Reporter.refused(err, options, e);
        }
        Reporter.cacheNote(err, options);
        progress.begin();
        try {
            BuildResult result;
            try {
                result = Build.create(options).run(listener, wait);
            } finally {
                progress.clear();
            }
            Reporter.problems(err, result.warnings());
            out.println(result.summary("Built"));
            if (timings) out.print(times.table());
            out.flush();
            return ExitCodes.OK;
        } catch (BuildFailure f) {
            return Reporter.failure(err, f);
        } catch (OutputRefused e) {
            return Reporter.refused(err, options, e);
        } catch (OutputFailed e) {
            return Reporter.failed(err, options, e);
        }
    }

    /**
     * A build is for publishing unless it says otherwise: with {@code --preview}, or with {@code --base-url}, whose
     * URL the command line chose on purpose (CI passes the Pages URL, the browser tests their own server's).
     */
    private BuildOptions publishingUnlessPreview(BuildOptions options) {
        return preview || options.baseUrl() != null ? options : options.requiringPublicBaseUrl();
    }
}
