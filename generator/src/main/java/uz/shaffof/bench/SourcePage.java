package uz.shaffof.bench;

import java.util.List;
import java.util.Objects;
import uz.shaffof.translit.Script;

/**
 * One Markdown file of the neutral corpus layout: {@code content/<dir>/<slug>.md}, written in {@code script}
 * (the {@code latn} folder in Latin, {@code cyrl} in Cyrillic), with its front matter and Markdown body.
 */
record SourcePage(String dir, String slug, Script script, String path, FrontMatter meta, String body) {
    SourcePage {
        Objects.requireNonNull(dir, "dir must not be null");
        Objects.requireNonNull(slug, "slug must not be null");
        Objects.requireNonNull(script, "script must not be null");
        Objects.requireNonNull(meta, "meta must not be null");
        Objects.requireNonNull(body, "body must not be null");
    }

    /** The fields of the front matter; {@code date} is an ISO date ({@code 2023-02-02}). */
    record FrontMatter(String title, String date, String region, List<String> tags) {
        FrontMatter {
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(date, "date must not be null");
            region = Objects.requireNonNullElse(region, "");
            tags = List.copyOf(tags);
        }
    }
}
