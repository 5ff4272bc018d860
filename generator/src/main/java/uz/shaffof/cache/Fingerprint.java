package uz.shaffof.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The identity of the code that makes a cached value, for its cache keys: a SHA-256 of version strings, class
 * files and bundled resources, so that a cache entry made by other code (another version of the generator or of a
 * library it runs) is never found. Each part is written with its length, so no two lists of parts write the same
 * bytes.
 *
 * <pre><code>String id = new Fingerprint().text("shaffof-page 1").classFile(TemplateEngine.class).hex();</code></pre>
 *
 * Not thread-safe; make one per fingerprint.
 */
public final class Fingerprint {
    private final MessageDigest digest = CacheEntries.sha256();

    /** Adds a version string or setting. */
    public Fingerprint text(String text) {
        return part(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the bytes of {@code c}'s class file, as its class loader finds it. */
    public Fingerprint classFile(Class<?> c) {
        return resource(c, "/" + c.getName().replace('.', '/') + ".class");
    }

    /**
     * Adds the bytes of a resource, found as {@code anchor.getResourceAsStream(name)} finds it.
     *
     * @throws IllegalStateException when there is no such resource: an installation without it is broken
     */
    public Fingerprint resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource missing: " + name);
            return part(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fingerprint, as 64 lowercase hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private Fingerprint part(byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }
}
