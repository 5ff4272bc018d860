package uz.shaffof.translit;

import java.util.List;
import java.util.Objects;

/**
 * The converted text and the guesses made on the way.
 *
 * @param text the converted text
 * @param warnings guesses in input order; empty when the conversion needed none
 */
public record Conversion(String text, List<TranslitWarning> warnings) {
    public Conversion {
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }
}
