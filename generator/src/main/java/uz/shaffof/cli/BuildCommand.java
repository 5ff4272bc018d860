package uz.shaffof.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uz.shaffof.build.Build;
import uz.shaffof.build.BuildListener;
import uz.shaffof.build.BuildResult;
import uz.shaffof.build.ProgressPrinter;
import uz.shaffof.build.StageTimings;
import uz.shaffof.problem.BuildFailure;

/** {@code shaffof build}: content/ and templates/ to site/, published only when every check passed. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output directory (default command).")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--timings",
            description = "After the summary, print the wall time and share of each stage of the build (and of each gate).")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        // In a terminal (not in CI), a build that takes over a second shows its stage and pages done of total.
        ProgressPrinter progress = ProgressPrinter.forTerminal(out);
        StageTimings times = new StageTimings();
        BuildListener listener = timings ? progress.listener().and(times) : progress.listener();
        progress.begin();
        try {
            BuildResult result;
            try {
                result = Build.create(project.toBuildOptions()).run(listener);
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
        }
    }
}
