package uz.shaffof.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uz.shaffof.cli.BuildCommand;
import uz.shaffof.cli.ExitCodes;

/**
 * {@code shaffof bench}: writes a synthetic project in the content format and builds it with {@code build}'s own
 * code ({@code build --root DIR --timings}: every stage and gate, published into {@code DIR/site}), printing the
 * summary line and the stage table. There is no second pipeline: a benchmark times {@code shaffof build}.
 *
 * <pre>{@code
 * ../shared/bench/make-corpus.sh 2000 /tmp/c2k
 * shaffof bench corpus --from /tmp/c2k --out-project /tmp/p2k            # real content + 1 000 reports, built
 * shaffof bench national --reports 1000 --out-project /tmp/n1k --no-build  # written only
 * shaffof build --root /tmp/n1k --timings                                   # the same build, as users run it
 * }</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Writes a synthetic project in the content format and builds it as `build --timings` does.",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.National.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Where the project goes, what it copies, and whether to build it: shared by both generators. */
    static final class ProjectOptions {
        @Option(names = "--out-project", paramLabel = "DIR",
                description = "Write the project here (a new or empty directory). Default: a temporary directory, "
                        + "deleted after the build.")
        Path outProject;

        @Option(names = "--base-project", paramLabel = "DIR",
                description = "The real project whose templates (and content) are copied (default: the current directory).")
        Path baseProject = Path.of(".");

        @Option(names = "--no-build", description = "Only write the project (needs --out-project).")
        boolean noBuild;
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "A copy of the base project with each document of a make-corpus.sh corpus as a report "
                    + "(N corpus pages give N/2 reports, published in both editions: N pages).")
    static final class Corpus implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "DIR", required = true,
                description = "The corpus make-corpus.sh wrote (DEST, or DEST/neutral).")
        Path from;

        @Mixin
        ProjectOptions project = new ProjectOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return generateAndBuild(spec, project, files -> {
                CorpusProject.Written w = CorpusProject.write(from, project.baseProject, files);
                return "Wrote " + files.root() + ": the content and templates of " + project.baseProject.toAbsolutePath()
                        .normalize() + " and " + w.reports() + " reports from " + from;
            });
        }
    }

    @Command(name = "national", mixinStandardHelpOptions = true,
            description = "A national-scale data project: 14 regions, 200 districts, 12 indicators over 10 years, "
                    + "the portal and website ratings of every region, monitored projects, reports and charts; "
                    + "every figure synthetic.")
    static final class National implements Callable<Integer> {
        @Option(names = "--reports", paramLabel = "N", description = "How many reports (default: ${DEFAULT-VALUE}).")
        int reports = 1000;

        @Option(names = "--projects", paramLabel = "N",
                description = "How many monitored projects (default: ${DEFAULT-VALUE}).")
        int projects = 2000;

        @Mixin
        ProjectOptions project = new ProjectOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (reports < 2 || reports > 100_000 || projects < 0 || projects > 100_000) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--reports must be 2..100000 and --projects 0..100000");
            }
            return generateAndBuild(spec, project, files -> {
                NationalProject.Written w = NationalProject.write(project.baseProject, files, reports, projects);
                return "Wrote " + files.root() + ": " + w.regions() + " regions, " + w.districts() + " districts, "
                        + w.indicators() + " indicators with " + w.observations() + " observations, " + w.projects()
                        + " projects, " + w.reports() + " reports, " + w.charts() + " chart definitions";
            });
        }
    }

    /** Writes the project (with {@code write}, which says what it wrote), then builds it unless told not to. */
    private static int generateAndBuild(CommandSpec spec, ProjectOptions options, Function<ProjectWriter, String> write) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (options.noBuild && options.outProject == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--no-build needs --out-project DIR");
        }
        Path dir = null;
        try {
            dir = options.outProject != null ? options.outProject : Files.createTempDirectory("shaffof-bench-");
            out.println(write.apply(ProjectWriter.createIn(dir)));
            out.flush();
            if (options.noBuild) return ExitCodes.OK;
            CommandLine root = spec.root().commandLine();
            CommandLine build = new CommandLine(new BuildCommand());
            build.setOut(out);
            build.setErr(err);
            build.setExecutionExceptionHandler(root.getExecutionExceptionHandler());
            build.setExitCodeExceptionMapper(root.getExitCodeExceptionMapper());
            return build.execute("--preview", "--root", dir.toString(), "--timings");
        } catch (BenchException e) {
            err.println("bench: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException | UncheckedIOException e) {
            // The directory given (or the temporary one) cannot be written: say which, as for any path a user gives.
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            err.println("bench: " + cause.getMessage() + " (" + cause.getClass().getSimpleName() + ")");
            err.flush();
            return ExitCodes.USAGE;
        } finally {
            if (options.outProject == null && dir != null) deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A temporary project left behind changes nothing the user asked for.
        }
    }
}
