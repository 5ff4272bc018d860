package uz.shaffof.translit;

import java.util.Objects;

/**
 * A word the engine had to guess, or a marker it could not read.
 *
 * @param offset index of the word in the NFC-normalised input (UTF-16 units)
 * @param length length of the word in UTF-16 units
 * @param word the word as it stands in the input
 * @param reason what was guessed, in a sentence an editor can act on
 */
public record TranslitWarning(int offset, int length, String word, String reason) {
    public TranslitWarning {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset " + offset + " and length " + length + " must be >= 0");
        }
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(reason, "reason");
    }
}
