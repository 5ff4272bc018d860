package uz.shaffof.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uz.shaffof.build.Build;
import uz.shaffof.build.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.build.ProgressPrinter;
import uz.shaffof.problem.BuildFailure;

/** {@code shaffof build}: content/ and templates/ to site/, published only when every check passed. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output directory (default command).")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

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
        ProgressPrinter progress = ProgressPrinter.forTerminal(out);
        progress.begin();
        try {
            BuildResult result;
            try {
                result = Build.create(options()).run(progress.listener());
            } finally {
                progress.clear();
            }
            Reporter.problems(err, result.warnings());
            out.println(result.summary("Built"));
            out.flush();
            return ExitCodes.OK;
        } catch (BuildFailure f) {
            return Reporter.failure(err, f);
        }
    }

    /**
     * A build is for publishing unless it says otherwise: with {@code --preview}, or with {@code --base-url}, whose
     * URL the command line chose on purpose (CI passes the Pages URL, the browser tests their own server's).
     */
    private BuildOptions options() {
        BuildOptions options = project.toBuildOptions();
        return preview || options.baseUrl() != null ? options : options.requiringPublicBaseUrl();
    }
}
