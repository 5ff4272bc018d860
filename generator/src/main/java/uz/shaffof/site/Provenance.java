package uz.shaffof.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uz.shaffof.content.Content;
import uz.shaffof.content.Document;
import uz.shaffof.content.Observation;
import uz.shaffof.content.PortalEvent;
import uz.shaffof.content.ProjectSet;
import uz.shaffof.i18n.Edition;

/**
 * What a reader needs to reuse a chart or a dataset: the date its data is true as of ({@code asOf} in site.json),
 * the date of the content it was built from, a citation to copy, and share links.
 *
 * <p>"Updated" is the newest date the content itself states (a report, an observation, a portal event, a project
 * list's date; the as-of date when it states none), never the build machine's clock: the same content gives the same page. The
 * share links are plain links to the services' share addresses; nothing is loaded from them until a reader clicks.
 */
public record Provenance(String asOf, String asOfIso, String updated, String updatedIso, String citation,
                         List<ShareLink> share) {
    public Provenance {
        share = List.copyOf(share);
    }

    /** A link that shares the page on a service (or by e-mail). */
    public record ShareLink(String label, String href) {}

    /**
     * For the page at {@code urlPath} (from the site root, e.g. {@code uz/charts/x/}) titled {@code title}. The
     * citation is "Publisher (year). Title. URL. (date accessed: …)", the date accessed left for the reader.
     */
    static Provenance of(SiteContext ctx, String title, String urlPath, Edition e) {
        LocalDate asOf = ctx.content().site().asOf();
        LocalDate updated = contentDate(ctx.content());
        String url = ctx.absolute(urlPath);
        String publisher = ctx.text(ctx.content().site().title(), e);
        String citation = publisher + " (" + updated.getYear() + "). " + title + ". " + url + " ("
                + ctx.ui("cite.accessed", e) + ")";
        String u = encode(url);
        String t = encode(title);
        List<ShareLink> share = List.of(
                new ShareLink("Telegram", "https://t.me/share/url?url=" + u + "&text=" + t),
                new ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new ShareLink("X", "https://x.com/intent/post?url=" + u + "&text=" + t),
                new ShareLink(ctx.ui("share.email", e), "mailto:?subject=" + t + "&body=" + u));
        return new Provenance(ctx.date(asOf, e), asOf.toString(), ctx.date(updated, e), updated.toString(), citation,
                share);
    }

    /** The newest date the content states for a report, figure, event or project list; else the as-of date. */
    static LocalDate contentDate(Content c) {
        Stream<LocalDate> dates = Stream.of(
                c.reports().stream().map(Document::date),
                c.pages().stream().map(Document::date),
                c.indicators().stream().flatMap(i -> i.observations().stream()).map(Observation::date),
                c.portal() == null ? Stream.<LocalDate>empty() : c.portal().events().stream().map(PortalEvent::date),
                c.projects().stream().map(ProjectSet::asOf)).flatMap(s -> s);
        return dates.filter(Objects::nonNull).max(LocalDate::compareTo).orElse(c.site().asOf());
    }

    /** Query-string encoding with %20 for spaces: mail clients show a "+" in a mailto: subject literally. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
