package uz.shaffof.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code shaffof:build}: content and templates to the output directory, published only when every check and gate
 * passed ({@code shaffof build}). Bound to {@code package}, so that a site's {@code ./mvnw package} builds it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends ShaffofMojo {
    @Override
    String command() {
        return "build";
    }
}
