package uz.shaffof.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uz.shaffof.build.Build;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.build.BuildResult;
import uz.shaffof.build.ProgressPrinter;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Severity;

/**
 * {@code shaffof check}: everything a build does except publishing: content, figures, templates, gates. The site
 * is written into a scratch directory under the cache directory as it is made, and deleted at the end
 * ({@link Build#check}), so that a check's memory does not grow with the site's text. With
 * {@code --strict}, warnings (a word the transliteration engine had to guess) fail the check too; notices (a
 * stated figure that disagrees with its computation, published beside it on purpose) never do.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate content and templates without writing anything.")
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        BuildOptions options;
        try {
            options = project.toBuildOptions();
        } catch (OutputRefused e) {
            return Reporter.refused(err, null, e);
        }
        int stop = Reporter.prepareReadOnlyCommand(err, options);
        if (stop >= 0) return stop;
        ProgressPrinter progress = ProgressPrinter.forTerminal(out);
        progress.begin();
        try {
            BuildResult result;
            try {
                result = Build.create(options).check(progress.listener());
            } finally {
                progress.clear();
            }
            Reporter.problems(err, result.warnings());
            long warnings = result.warnings().stream().filter(p -> p.severity() == Severity.WARNING).count();
            if (strict && warnings > 0) {
                err.println("check --strict failed: " + warnings + " warning(s)");
                err.flush();
                return ExitCodes.CONTENT;
            }
            out.println(result.summary("Checked"));
            out.flush();
            return ExitCodes.OK;
        } catch (BuildFailure f) {
            return Reporter.failure(err, f);
        }
    }
}
