package uz.shaffof.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uz.shaffof.content.Document;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;

/**
 * An Atom feed per edition ({@code uz/feed.xml}, {@code oz/feed.xml}) of new reports and data updates. Entry
 * dates come from the content (a report's date, the data's as-of date), never from the build machine's clock.
 */
final class Feeds {
    private Feeds() {}

    /** One entry: a report, or an update of a dataset. */
    record Entry(String id, String title, String summary, LocalDate updated, String path) {}

    static List<OutputFile> create(SiteContext ctx, List<Entry> extra) {
        List<OutputFile> out = new ArrayList<>();
        for (Edition e : Edition.values()) out.add(OutputFile.text(e.prefix() + "/feed.xml", feed(ctx, e, extra)));
        return out;
    }

    private static String feed(SiteContext ctx, Edition e, List<Entry> extra) {
        List<Entry> entries = new ArrayList<>();
        for (Document d : ctx.content().reports()) {
            LocalDate when = d.date() != null ? d.date() : ctx.content().site().asOf();
            entries.add(new Entry("reports/" + d.slug(), ctx.text(d.title(), e), ctx.text(d.summary(), e), when,
                    e.prefix() + "/reports/" + d.slug() + "/"));
        }
        entries.addAll(extra);
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        LocalDate updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder())
                .orElse(ctx.content().site().asOf());
        String x = SiteFiles.xml(ctx.text(ctx.content().site().title(), e));
        StringBuilder sb = new StringBuilder(8 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(e.lang()).append("\">\n")
                .append("  <title>").append(x).append("</title>\n")
                .append("  <id>").append(SiteFiles.xml(ctx.absolute(e.prefix() + "/"))).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(SiteFiles.xml(ctx.absolute(e.prefix() + "/feed.xml"))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(SiteFiles.xml(ctx.absolute(e.prefix() + "/"))).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n")
                .append(author(ctx, e, x));
        for (Entry en : entries) {
            String url = SiteFiles.xml(ctx.absolute(en.path()));
            sb.append("  <entry>\n    <title>").append(SiteFiles.xml(en.title())).append("</title>\n")
                    .append("    <id>").append(url).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(url).append("\"/>\n")
                    .append("    <updated>").append(en.updated()).append("T00:00:00Z</updated>\n");
            if (en.summary() != null) sb.append("    <summary>").append(SiteFiles.xml(en.summary())).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    /**
     * The feed's author (Atom requires one): the publisher, with its address and e-mail when given, or else the site
     * itself by its title ({@code siteTitle}, already escaped).
     */
    private static String author(SiteContext ctx, Edition e, String siteTitle) {
        PublisherView p = ctx.publisher(e);
        if (p == null) return "  <author><name>" + siteTitle + "</name></author>\n";
        StringBuilder sb = new StringBuilder("  <author><name>").append(SiteFiles.xml(p.name())).append("</name>");
        if (p.url() != null) sb.append("<uri>").append(SiteFiles.xml(p.url())).append("</uri>");
        if (p.email() != null) sb.append("<email>").append(SiteFiles.xml(p.email())).append("</email>");
        return sb.append("</author>\n").toString();
    }
}
