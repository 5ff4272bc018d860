package uz.shaffof.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shaffof:build}: content and templates to the output directory, published only when every check and gate
 * passed ({@code shaffof build}). Bound to {@code package}, so that a site's {@code ./mvnw package} builds it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends ShaffofMojo {
    /**
     * A local build, not for publishing ({@code --preview}): a placeholder or local {@code baseUrl} in
     * {@code site.json} is accepted. Without it, and without {@code baseUrl}, such an address fails the build, so that
     * no published embed snippet, feed or link preview points at a host that does not serve the site.
     */
    @Parameter(property = "shaffof.preview", defaultValue = "false")
    boolean preview;

    @Override
    String command() {
        return "build";
    }

    @Override
    List<String> commandOptions() {
        return preview ? List.of("--preview") : List.of();
    }
}
