package uz.shaffof.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shaffof:templates}: lists the generator's built-in templates and which of them the site overrides
 * ({@code shaffof templates}); with {@code -Dshaffof.export}, copies built-in files into the site's
 * {@code templates/}, where they replace the built-in ones, never over a file there:
 * {@code ./mvnw shaffof:templates -Dshaffof.export -Dshaffof.files=layout.ftlh,assets/site.css}. Bound to no phase.
 */
@Mojo(name = "templates", requiresProject = true, threadSafe = true)
public class TemplatesMojo extends ShaffofMojo {
    /** Copy the built-in files into the template directory (default: only list them). */
    @Parameter(property = "shaffof.export", defaultValue = "false")
    boolean export;

    /** With {@code export}: the files to copy, such as {@code layout.ftlh} or {@code assets/site.css} (default: all). */
    @Parameter(property = "shaffof.files")
    List<String> files;

    @Override
    String command() {
        return "templates";
    }

    @Override
    boolean buildsSite() {
        return false;
    }

    @Override
    boolean readsContent() {
        return false;
    }

    @Override
    boolean readsTemplates() {
        return true;
    }

    @Override
    List<String> commandOptions() {
        return export ? List.of("--export") : List.of();
    }

    @Override
    List<String> commandArguments() {
        List<String> names = new ArrayList<>();
        if (export && files != null) {
            for (String f : files) if (f != null && !f.isBlank()) names.add(f.strip());
        }
        return names;
    }
}
