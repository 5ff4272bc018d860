package uz.shaffof.content;

import java.util.Objects;

/**
 * A piece of human-readable text written once. Either {@code written} is set (in either script; the other
 * edition is produced by transliteration), or both {@code latn} and {@code cyrl} are set by hand, for the rare
 * text where no rule can be right. In JSON: {@code "Андижон"} or {@code {"uz-Latn": "...", "uz-Cyrl": "..."}}.
 */
public record Text(String written, String latn, String cyrl) {

    public Text {
        boolean handWritten = latn != null || cyrl != null;
        if (handWritten && (latn == null || cyrl == null || written != null)) {
            throw new IllegalArgumentException("a Text is either written once or given for both editions");
        }
        if (!handWritten) Objects.requireNonNull(written, "written must not be null");
    }

    public static Text of(String written) {
        return new Text(written, null, null);
    }

    public static Text both(String latn, String cyrl) {
        return new Text(null, latn, cyrl);
    }

    public boolean isHandWritten() {
        return written == null;
    }
}
