package uz.shaffof.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shaffof:serve}: a preview built in memory on http://127.0.0.1:PORT/, rebuilt and reloaded when content or
 * templates change ({@code shaffof serve}). Runs until Maven is stopped (Ctrl+C); the output directory is never
 * touched.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends ShaffofMojo {
    /** The port on 127.0.0.1 (0: any free port). */
    @Parameter(property = "shaffof.port", defaultValue = "8080")
    int port;

    @Override
    String command() {
        return "serve";
    }

    @Override
    boolean writesOutput() {
        return false;
    }

    @Override
    boolean endsByItself() {
        return false;
    }

    @Override
    List<String> commandOptions() {
        return List.of("--port", Integer.toString(port));
    }
}
