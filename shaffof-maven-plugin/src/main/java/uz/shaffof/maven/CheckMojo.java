package uz.shaffof.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code shaffof:check}: everything a build does except writing ({@code shaffof check}). Bound to {@code verify}
 * when listed in an execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ShaffofMojo {
    /** Fail on warnings too (a word the transliteration engine had to guess); notes never fail. */
    @Parameter(property = "shaffof.strict", defaultValue = "false")
    boolean strict;

    @Override
    String command() {
        return "check";
    }

    @Override
    boolean writesOutput() {
        return false;
    }

    @Override
    List<String> commandOptions() {
        return strict ? List.of("--strict") : List.of();
    }
}
