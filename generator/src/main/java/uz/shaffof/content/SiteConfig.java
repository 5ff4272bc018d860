package uz.shaffof.content;

import java.time.LocalDate;
import uz.shaffof.problem.SourcePos;

/**
 * {@code content/site.json}: the site's name and description, the public base URL (no trailing slash), the
 * date the published data is true as of (the site never reads the build machine's clock), the licence of the
 * data, and the edition the root page offers first. {@code baseUrlPos} is where {@code baseUrl} is written, for
 * the message of a build that refuses it. {@code feedback} is where readers report an error or send data;
 * {@code null} when the site names no such address. {@code publisher} is who publishes the site; {@code null} when
 * the site names none.
 */
public record SiteConfig(Text title, Text tagline, Text description, String baseUrl, LocalDate asOf,
                         String licenseName, String licenseUrl, SourcePos pos, SourcePos baseUrlPos,
                         Feedback feedback, Publisher publisher) {
    public SiteConfig(Text title, Text tagline, Text description, String baseUrl, LocalDate asOf,
                      String licenseName, String licenseUrl, SourcePos pos) {
        this(title, tagline, description, baseUrl, asOf, licenseName, licenseUrl, pos, pos, null, null);
    }
}
