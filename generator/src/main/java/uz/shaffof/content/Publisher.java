package uz.shaffof.content;

/**
 * Who publishes the site ({@code publisher} in {@code site.json}): a name, written once in either script or by hand
 * for both editions, and optionally its web address and e-mail address, whose form the schema has checked. A site
 * that names no publisher shows none: nothing stands in for it.
 */
public record Publisher(Text name, String url, String email) {
    public Publisher {
        if (name == null) throw new IllegalArgumentException("a publisher needs a name");
    }

    /** The setting of {@code site.json}, or {@code null} when the site names no publisher. */
    static Publisher ofNullable(Text name, String url, String email) {
        return name == null ? null : new Publisher(name, url, email);
    }
}
