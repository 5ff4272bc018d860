package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import uz.shaffof.problem.Problems;

/** Maps {@code content/site.json} to {@link SiteConfig}. */
final class SiteMapper {
    private SiteMapper() {}

    static SiteConfig map(FileTree tree, Problems problems) {
        JsonNode r = tree.root();
        JsonNode license = r.path("license");
        JsonNode feedback = r.path("feedback");
        JsonNode publisher = r.path("publisher");
        return new SiteConfig(Fields.text(r, "title"), Fields.text(r, "tagline"), Fields.text(r, "description"),
                Fields.string(r, "baseUrl"), Fields.date(tree, r, "asOf", problems), Fields.string(license, "name"),
                Fields.string(license, "url"), tree.pos(r), tree.pos(r, "baseUrl"),
                Feedback.ofNullable(Fields.string(feedback, "url"), Fields.string(feedback, "email")),
                Publisher.ofNullable(Fields.text(publisher, "name"), Fields.string(publisher, "url"),
                        Fields.string(publisher, "email")));
    }
}
