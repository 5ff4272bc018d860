package uz.shaffof.output;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for where a generated file may go: a relative path of lower-case ASCII segments that cannot
 * leave the output directory, checked after Unicode normalisation (NFKC turns fullwidth {@code ．．} into
 * {@code ..}).
 */
public final class SitePaths {
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,119}");
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SitePaths() {}

    /** Returns the path unchanged when it is safe, else throws {@link IllegalArgumentException} saying why. */
    public static String requireSafe(String path) {
        String why = whyUnsafe(path);
        if (why != null) throw new IllegalArgumentException("unsafe output path \"" + path + "\": " + why);
        return path;
    }

    /** Null when the path is a safe relative output path, else the reason it is not. */
    public static String whyUnsafe(String path) {
        if (path == null || path.isEmpty()) return "empty";
        if (path.length() > 400) return "longer than 400 characters";
        if (!Normalizer.normalize(path, Normalizer.Form.NFKC).equals(path)) return "not in Unicode NFKC form";
        if (path.startsWith("/")) return "absolute";
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) return "contains a \"" + segment + "\" segment";
            if (!SEGMENT.matcher(segment).matches()) {
                return "segment \"" + segment + "\" is not lower-case ASCII letters, digits, '.', '_' or '-'";
            }
            String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
            if (WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT))) return "reserved name \"" + segment + "\"";
        }
        return null;
    }
}
