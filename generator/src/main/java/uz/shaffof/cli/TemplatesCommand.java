package uz.shaffof.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.project.ProjectFiles;
import uz.shaffof.render.BuiltInTemplates;

/**
 * {@code shaffof templates}: the built-in templates and which of them the site overrides; with {@code --export},
 * copies built-in files into the site's template directory, where each one then replaces the built-in file (the
 * way to change one: copy it, then edit the copy). A file already there is never written over.
 */
@Command(name = "templates", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the built-in templates and the site's overrides; --export copies built-in files into the "
                + "site's template directory to change them.")
public final class TemplatesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "With --export: the built-in files to copy, such as layout.ftlh or assets/site.css (default: all).")
    List<String> names = new ArrayList<>();

    @Option(names = "--export", description = "Copy the built-in FILEs into the template directory (never over a file there).")
    boolean export;

    @Option(names = "--root", paramLabel = "DIR", description = "Project root (default: the current directory).")
    Path root = Path.of(".");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The site's template directory, the overrides (default: ROOT/templates).")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path rootDir = root.toAbsolutePath().normalize();
        Path dir = (templates != null ? templates : root.resolve("templates")).toAbsolutePath().normalize();
        ProjectFiles project = new ProjectFiles(rootDir);
        Map<String, byte[]> builtIn = BuiltInTemplates.files();
        if (!export) {
            if (!names.isEmpty()) return usage(err, "FILE names are for --export; without it, every file is listed");
            return list(out, err, project, dir, builtIn);
        }
        Map<String, byte[]> chosen = new TreeMap<>();
        for (String name : names.isEmpty() ? List.copyOf(builtIn.keySet()) : names) {
            String normal = name.replace('\\', '/');
            if (normal.startsWith("templates/")) normal = normal.substring("templates/".length());
            byte[] bytes = builtIn.get(normal);
            if (bytes == null) {
                return usage(err, "no built-in template " + name + " (`shaffof templates` lists them)");
            }
            chosen.put(normal, bytes);
        }
        return export(out, err, project, dir, chosen);
    }

    private static int list(PrintWriter out, PrintWriter err, ProjectFiles project, Path dir,
                            Map<String, byte[]> builtIn) {
        Problems problems = new Problems();
        Map<String, Boolean> own = new TreeMap<>();
        if (project.folder(dir, problems) == ProjectFiles.FolderState.REAL) {
            for (ProjectFiles.Entry e : project.filesUnder(dir, problems)) {
                own.put(dir.relativize(e.path()).toString().replace('\\', '/'), true);
            }
        }
        if (problems.hasErrors()) {
            problems.sorted().forEach(err::println);
            err.flush();
            return ExitCodes.CONTENT;
        }
        String shown = project.display(dir);
        out.println("Built-in templates (" + BuiltInTemplates.DISPLAY_PREFIX + "...), and the site's own in " + shown
                + "/:");
        for (String name : builtIn.keySet()) {
            out.println("  " + name + (own.containsKey(name) ? "    overridden by " + shown + "/" + name : ""));
        }
        for (String name : own.keySet()) {
            if (!builtIn.containsKey(name)) out.println("  " + name + "    the site's own (" + shown + "/" + name + ")");
        }
        out.println("To change one: shaffof templates --export FILE, then edit " + shown + "/FILE.");
        out.flush();
        return ExitCodes.OK;
    }

    private static int export(PrintWriter out, PrintWriter err, ProjectFiles project, Path dir,
                              Map<String, byte[]> chosen) throws IOException {
        // Every target is checked before any is written, so a refusal leaves the directory as it was.
        Problems problems = new Problems();
        for (String name : chosen.keySet()) {
            Path target = dir.resolve(name);
            if (project.folder(target.getParent(), problems) == ProjectFiles.FolderState.MISSING
                    && Files.exists(target.getParent())) {
                problems.error(SourcePos.file(project.display(target.getParent())),
                        "is a file, not a folder; nothing was written");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                problems.error(SourcePos.file(project.display(target)),
                        "already exists; nothing was written (it is the site's override: edit it, or delete it to "
                                + "export the built-in file again)");
            }
        }
        if (problems.hasErrors()) {
            problems.sorted().forEach(err::println);
            err.flush();
            return ExitCodes.USAGE;
        }
        for (Map.Entry<String, byte[]> file : chosen.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                o.write(file.getValue());
            } catch (FileAlreadyExistsException e) {
                err.println(project.display(target) + ":1:1: appeared while exporting; left as it is");
                err.flush();
                return ExitCodes.USAGE;
            }
            out.println("Wrote " + project.display(target) + " (a copy of " + BuiltInTemplates.DISPLAY_PREFIX
                    + file.getKey() + "): the site now uses it in place of the built-in file");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static int usage(PrintWriter err, String message) {
        err.println("templates: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
