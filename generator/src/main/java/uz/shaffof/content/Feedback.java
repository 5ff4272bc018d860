package uz.shaffof.content;

/**
 * Where readers reach the publisher to report an error or send data ({@code feedback} in {@code site.json}, or
 * {@code --feedback-url}): a web or {@code mailto:} address, an e-mail address, or both; at least one is set. The
 * schema has checked their form.
 */
public record Feedback(String url, String email) {
    public Feedback {
        if (url == null && email == null) throw new IllegalArgumentException("feedback needs a url or an email");
    }

    /** The setting of {@code site.json}, or {@code null} when the site has none. */
    static Feedback ofNullable(String url, String email) {
        return url == null && email == null ? null : new Feedback(url, email);
    }
}
