package uz.shaffof.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uz.shaffof.content.Correction;
import uz.shaffof.content.DateCertainty;
import uz.shaffof.content.Document;
import uz.shaffof.i18n.Edition;
import uz.shaffof.translit.Script;
import uz.shaffof.render.MarkdownRenderer;

/**
 * Reports (an index and one page each) and standalone pages (about, methodology, ...), from Markdown written
 * once and published in both scripts.
 */
public final class DocumentSection {
    private DocumentSection() {}

    /** A report in a list. */
    public record Item(String title, String summary, String date, String isoDate, String region, String href) {}

    public record ReportsBody(String title, List<Item> reports) {}

    /** A published correction of the source text, shown so an editor (and a reader) can check it. */
    /**
     * A published correction of the source text, shown so an editor (and a reader) can check it. The original is
     * quoted as the source wrote it, in the source's script ({@code originalLang}), never transliterated.
     */
    public record CorrectionView(String original, String originalLang, String corrected, String reason) {}

    public record DocumentBody(String title, String summary, String date, String isoDate, String region, String regionHref,
                        String source, String sourceHref, String html, List<MarkdownRenderer.Rendered.TocEntry> toc,
                        List<CorrectionView> corrections, boolean report, PublisherView publisher) {}

    /** The page the footer of every page links as "About" ({@code content/pages/about.md}). */
    private static final String ABOUT = "about";

    static List<PagePlan> plan(SiteContext ctx) {
        List<PagePlan> plans = new ArrayList<>();
        plans.add(new PagePlan("reports/", "reports.ftlh", e -> PageView.of(ctx.ui("nav.reports", e),
                ctx.ui("reports.description", e), "reports/", new ReportsBody(ctx.ui("nav.reports", e),
                        sortedReports(ctx).stream().map(d -> item(ctx, d, e)).toList()))));
        for (Document d : ctx.content().reports()) {
            plans.add(new PagePlan("reports/" + d.slug() + "/", "document.ftlh", e -> view(ctx, d, e, "reports/"),
                    PageSource.document(d)));
        }
        for (Document d : ctx.content().pages()) {
            plans.add(new PagePlan(d.slug() + "/", "document.ftlh", e -> view(ctx, d, e, d.slug() + "/"),
                    PageSource.document(d)));
        }
        return plans;
    }

    static List<Document> sortedReports(SiteContext ctx) {
        return ctx.content().reports().stream()
                .sorted(Comparator.comparing(Document::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Document::slug))
                .toList();
    }

    static Item item(SiteContext ctx, Document d, Edition e) {
        return new Item(ctx.text(d.title(), e), ctx.text(d.summary(), e), date(ctx, d, e),
                d.date() == null ? null : d.date().toString(),
                d.region() == null ? null : ctx.regionName(d.region(), e), "reports/" + d.slug() + "/");
    }

    /** The date as a reader should take it: a date the source does not state is not printed as if it did. */
    private static String date(SiteContext ctx, Document d, Edition e) {
        String date = ctx.date(d.date(), e);
        if (date == null || d.dateIs() == DateCertainty.EXACT) return date;
        return ctx.ui("date.notBefore", e).replace("{0}", date);
    }

    private static PageView view(SiteContext ctx, Document d, Edition e, String section) {
        String markdown = d.body().text();
        MarkdownRenderer.Rendered r = ctx.markdown(markdown, e, d.pos());
        boolean report = d.kind() == uz.shaffof.content.DocumentKind.REPORT;
        // A quoted original is in the document's own script (a damaged word may mix scripts: that is the fault).
        String sourceLang = uz.shaffof.translit.Transliterator.dominantScript(markdown) == Script.LATIN
                ? Edition.LATN.lang() : Edition.CYRL.lang();
        List<CorrectionView> corrections = d.corrections().stream()
                .map((Correction c) -> new CorrectionView(c.original(), sourceLang,
                        ctx.localizer().plain(c.corrected(), e), ctx.localizer().plain(c.reason(), e)))
                .toList();
        String title = ctx.text(d.title(), e);
        return PageView.of(title, ctx.text(d.summary(), e), report ? "reports/" : section,
                new DocumentBody(title, ctx.text(d.summary(), e), date(ctx, d, e),
                        d.date() == null ? null : d.date().toString(),
                        d.region() == null ? null : ctx.regionName(d.region(), e),
                        d.region() == null ? null : "regions/" + ctx.region(d.region()).slug() + "/",
                        d.sourceId() == null ? null : ctx.text(ctx.source(d.sourceId()).title(), e),
                        d.sourceId() == null ? null : ctx.source(d.sourceId()).url(),
                        r.html(), r.toc(), corrections, report,
                        // The About page says who publishes the site, when site.json names a publisher.
                        d.slug().equals(ABOUT) && !report ? ctx.publisher(e) : null));
    }
}
