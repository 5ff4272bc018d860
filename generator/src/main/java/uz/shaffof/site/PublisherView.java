package uz.shaffof.site;

import uz.shaffof.content.Publisher;
import uz.shaffof.i18n.Edition;

/**
 * The site's publisher as a page shows it, in the page's script: its name, and its web address and e-mail address
 * when {@code site.json} gives them ({@code null} otherwise). A page of a site without a publisher has none of
 * this, and shows nothing in its place.
 */
public record PublisherView(String name, String url, String email) {
    static PublisherView of(SiteContext ctx, Publisher publisher, Edition e) {
        return publisher == null ? null : new PublisherView(ctx.text(publisher.name(), e), publisher.url(),
                publisher.email());
    }

    /** The e-mail address as a link's target, or {@code null}. */
    public String emailHref() {
        return email == null ? null : "mailto:" + email;
    }
}
