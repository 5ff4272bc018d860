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
import uz.shaffof.cli.TemplatesCommand;
import uz.shaffof.cli.TranslitCommand;
import uz.shaffof.output.OutputFailed;
import uz.shaffof.output.OutputRefused;
import uz.shaffof.problem.Crash;

/**
 * The {@code shaffof} command. With no subcommand it builds the site, as {@code shaffof build} does. Exit
 * statuses: 0 ok, 1 content or template errors (printed as {@code path:line:col: message}), 2 usage errors,
 * 3 internal errors.
 */
@CommandLine.Command(name = "shaffof", mixinStandardHelpOptions = true, version = "shaffof 0.1.0",
        description = "Builds the bilingual (Uzbek Latin / Cyrillic) transparency site from content/, with the built-in templates and the site's overrides in templates/.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, TranslitCommand.class, ImportCommand.class, NewCommand.class,
                TemplatesCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // A background thread (a chart engine warming up, a practice) that dies says so in one line, as the main
        // thread does, instead of the JVM's stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, t) -> {
            synchronized (err) {
                err.print("[" + thread.getName() + "] ");
                Crash.report(err, t, Crash.debugRequested());
            }
        });
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), err));
    }

    /** Runs the command line with the given streams; returns the exit status instead of exiting. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /**
     * Executes {@code cl} so that whatever it throws ends as one line on its error stream and an exit status: 2 for
     * a usage error, 3 for anything else that escapes a command (a command reports content errors itself, as 1).
     */
    static int execute(CommandLine cl, String[] args) {
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        // Not the editor's fault and not theirs to debug: one line, no stack trace (SHAFFOF_DEBUG=1 shows it).
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            // A command that does not report these itself (bench): still one line, and the exit status they mean.
            if (ex instanceof OutputRefused || ex instanceof OutputFailed) {
                line.getErr().println("shaffof: " + ex.getMessage());
                line.getErr().flush();
                return ex instanceof OutputRefused ? ExitCodes.USAGE : ExitCodes.INTERNAL;
            }
            Crash.report(line.getErr(), ex, Crash.debugRequested());
            return ExitCodes.INTERNAL;
        });
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            // picocli hands only Exceptions to the handler above: an Error (out of memory, a stack overflow, a class
            // that failed to initialize) comes through here, from this thread or rethrown from a worker's.
            Crash.report(cl.getErr(), t, Crash.debugRequested());
            return ExitCodes.INTERNAL;
        }
    }

    /** No subcommand: build with default options. */
    @Override
    public Integer call() {
        return spec.commandLine().getSubcommands().get("build").execute();
    }
}
