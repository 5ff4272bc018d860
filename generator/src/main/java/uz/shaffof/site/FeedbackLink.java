package uz.shaffof.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uz.shaffof.content.Feedback;

/**
 * The address a page's "write to us" link points at, naming the page so a report says what it is about: a new-issue
 * page ({@code .../issues/new}, GitHub's form) gets {@code ?title=}, a {@code mailto:} address gets {@code ?subject=};
 * any other web address is linked as it is. An e-mail address is used only when no web address is set.
 */
record FeedbackLink(Feedback feedback) {
    /** The setting in effect: {@code --feedback-url} over {@code site.json}; {@code null} when there is neither. */
    static FeedbackLink of(String commandLineUrl, Feedback inSite) {
        if (commandLineUrl != null) return new FeedbackLink(new Feedback(commandLineUrl, null));
        return inSite == null ? null : new FeedbackLink(inSite);
    }

    String href(String subject) {
        String url = feedback.url();
        if (url == null) return "mailto:" + feedback.email() + "?subject=" + encode(subject);
        if (url.startsWith("mailto:")) return url + (url.contains("?") ? "&" : "?") + "subject=" + encode(subject);
        if (url.endsWith("/issues/new")) return url + "?title=" + encode(subject);
        return url;
    }

    /** Percent-encoding that mail programs and GitHub both read: a space is {@code %20}, never {@code +}. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
