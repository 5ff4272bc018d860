package uz.shaffof.content;

import java.time.LocalDate;
import uz.shaffof.problem.SourcePos;

/**
 * {@code content/site.json}: the site's name and description, the public base URL (no trailing slash), the
 * date the published data is true as of (the site never reads the build machine's clock), the licence of the
 * data, and the edition the root page offers first.
 */
public record SiteConfig(Text title, Text tagline, Text description, String baseUrl, LocalDate asOf,
                         String licenseName, String licenseUrl, SourcePos pos) {}
