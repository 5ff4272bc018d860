package uz.shaffof.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of the site before it is written: a normalised relative path with {@code /} separators (for
 * example {@code uz/regions/andijan/index.html}) and its bytes. The bytes are not copied: treat them as
 * immutable once the record exists.
 */
public record OutputFile(String path, byte[] bytes) implements Comparable<OutputFile> {

    public OutputFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
        path = SitePaths.requireSafe(path);
    }

    public static OutputFile text(String path, String content) {
        return new OutputFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    @Override
    public int compareTo(OutputFile o) {
        return path.compareTo(o.path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile f && f.path.equals(path) && java.util.Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + bytes.length + " bytes]";
    }
}
