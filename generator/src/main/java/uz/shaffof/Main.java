package uz.shaffof;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import uz.shaffof.bench.BenchCommand;
import uz.shaffof.cli.BuildCommand;
import uz.shaffof.cli.CheckCommand;
import uz.shaffof.cli.ImportCommand;
import uz.shaffof.cli.NewCommand;
import uz.shaffof.cli.ExitCodes;
import uz.shaffof.cli.ServeCommand;
import uz.shaffof.cli.TranslitCommand;
import uz.shaffof.output.OutputFailed;
import uz.shaffof.output.OutputRefused;

/**
 * The {@code shaffof} command. With no subcommand it builds the site, as {@code shaffof build} does. Exit
 * statuses: 0 ok, 1 content or template errors (printed as {@code path:line:col: message}), 2 usage errors,
 * 3 internal errors.
 */
@CommandLine.Command(name = "shaffof", mixinStandardHelpOptions = true, version = "shaffof 0.1.0",
        description = "Builds the bilingual (Uzbek Latin / Cyrillic) transparency site from content/ and templates/.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, TranslitCommand.class, ImportCommand.class, NewCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit status instead of exiting. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            // A command that does not report these itself (bench): still one line, and the exit status they mean.
            if (ex instanceof OutputRefused || ex instanceof OutputFailed) {
                line.getErr().println("shaffof: " + ex.getMessage());
                line.getErr().flush();
                return ex instanceof OutputRefused ? ExitCodes.USAGE : ExitCodes.INTERNAL;
            }
            // Not the editor's fault and not theirs to debug: one line, no stack trace (SHAFFOF_DEBUG=1 shows it).
            line.getErr().println("shaffof: internal error: " + ex);
            if ("1".equals(System.getenv("SHAFFOF_DEBUG"))) ex.printStackTrace(line.getErr());
            line.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    /** No subcommand: build with default options. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("build").execute();
    }
}
