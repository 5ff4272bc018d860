package uz.shaffof.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * A starting file: where it goes, its text, and the guidance printed after it is written (JSON has no comments, so
 * what each field is for is said on the terminal, and in docs/EDITING.md).
 */
public record Starter(Path file, String text, List<String> guidance) {
    public Starter {
        guidance = List.copyOf(guidance);
    }
}
