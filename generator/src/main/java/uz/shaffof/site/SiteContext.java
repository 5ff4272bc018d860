package uz.shaffof.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uz.shaffof.content.Citation;
import uz.shaffof.content.Content;
import uz.shaffof.content.Qualifier;
import uz.shaffof.content.Region;
import uz.shaffof.content.Source;
import uz.shaffof.content.Text;
import uz.shaffof.figures.Figures;
import uz.shaffof.i18n.CaseSuffix;
import uz.shaffof.i18n.Edition;
import uz.shaffof.i18n.Localizer;
import uz.shaffof.i18n.Quotation;
import uz.shaffof.i18n.UzbekFormat;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.translit.Script;

/**
 * What the sections of the site share while planning pages: the content, its derived figures, the localizer,
 * the Markdown renderer and the base URL, with the small formatting steps every view needs. Immutable for the
 * length of a build; built once per build.
 */
public final class SiteContext {
    private final Content content;
    private final Figures figures;
    private final Localizer localizer;
    private final MarkdownRenderer markdown;
    private final String baseUrl;
    private final Map<String, Region> regions;
    private final Map<String, Source> sources;
    private final FeedbackLink feedback;

    public SiteContext(Content content, Figures figures, Localizer localizer, MarkdownRenderer markdown,
                       String baseUrl) {
        this(content, figures, localizer, markdown, baseUrl, null);
    }

    /** @param feedbackUrl {@code --feedback-url}, which replaces {@code feedback} in {@code site.json}; may be null */
    public SiteContext(Content content, Figures figures, Localizer localizer, MarkdownRenderer markdown,
                       String baseUrl, String feedbackUrl) {
        this.feedback = FeedbackLink.of(feedbackUrl, content.site().feedback());
        this.content = content;
        this.figures = figures;
        this.localizer = localizer;
        this.markdown = markdown;
        this.baseUrl = baseUrl;
        this.regions = content.regions().stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
        this.sources = content.sources().stream().collect(Collectors.toUnmodifiableMap(Source::id, Function.identity()));
    }

    public Content content() {
        return content;
    }

    public Figures figures() {
        return figures;
    }

    public Localizer localizer() {
        return localizer;
    }

    public MarkdownRenderer markdown() {
        return markdown;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Where a reader reports an error or sends data about {@code subject} (a page's title), named in the address;
     * {@code null} when the site names no such address, and the pages then offer no link.
     */
    public String feedbackHref(String subject) {
        return feedback == null ? null : feedback.href(subject);
    }

    /** Whether the site names where readers write to: only then are the words of its links needed. */
    public boolean offersFeedback() {
        return feedback != null;
    }

    /** The site's publisher in an edition's script; {@code null} when {@code site.json} names none. */
    public PublisherView publisher(Edition e) {
        return PublisherView.of(this, content.site().publisher(), e);
    }

    public String text(Text t, Edition e) {
        return localizer.text(t, e);
    }

    public String ui(String key, Edition e) {
        return localizer.ui(key, e);
    }

    /** A region by ISO code; the loader has checked every reference, so a miss is a bug. */
    public Region region(String code) {
        Region r = regions.get(code);
        if (r == null) throw new IllegalStateException("unknown region " + code + " passed validation");
        return r;
    }

    public String regionName(String code, Edition e) {
        return code == null ? ui("country", e) : text(region(code).name(), e);
    }

    public Source source(String id) {
        Source s = sources.get(id);
        if (s == null) throw new IllegalStateException("unknown source " + id + " passed validation");
        return s;
    }

    /** "Andijon viloyati hokimligi, 2017: ICT report — 2016 results" style source line, in the edition. */
    public String sourceLine(Citation c, Edition e) {
        if (c == null) return null;
        String locator = c.locator() == null ? "" : " — " + text(c.locator(), e);
        return sourceName(source(c.sourceId()), e) + locator;
    }

    /** Where a citation's source can be read, when its entry in sources.json gives an address; {@code null} otherwise. */
    public String sourceHref(Citation c) {
        return c == null ? null : source(c.sourceId()).url();
    }

    /** "Publisher, 2017: «Title»" (the publisher left out when the source names none). */
    public String sourceName(Source s, Edition e) {
        return shortSourceName(s, e) + ": " + Quotation.quote(text(s.title(), e));
    }

    /** "Publisher, 2017", for chart source lines. */
    public String shortSourceName(Source s, Edition e) {
        return (s.publisher() == null ? "" : text(s.publisher(), e) + ", ") + s.year();
    }

    public String number(BigDecimal v) {
        return v == null ? null : UzbekFormat.number(v);
    }

    /** A figure as the source gives it, with its qualifier and unit: "630 000 dan ortiq kishi". */
    public String figure(BigDecimal value, Qualifier q, String unit, Edition e) {
        if (value == null) return ui("no-data", e);
        String n = UzbekFormat.number(value);
        String withUnit = unit == null ? n : n + "\u00A0" + localizer.unit(unit, e);
        if (q == null || q == Qualifier.EXACT) return withUnit;
        String key = "qualifier." + q.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        // The phrase's case suffix belongs to the figure's last word: "630 000 nafardan ortiq".
        return CaseSuffix.fill(ui(key, e), withUnit);
    }

    /**
     * {@code id} when the dataset is published, else {@code null}: a dataset without rows is not published, and a
     * page must not offer a download that is not there (it says "no figures yet" instead).
     */
    public String publishedDataset(String id) {
        return figures.dataset(id).isPresent() ? id : null;
    }

    public String unit(String key, Edition e) {
        return localizer.unit(key, e);
    }

    public String date(LocalDate d, Edition e) {
        return d == null ? null : UzbekFormat.date(d, e);
    }

    public String year(int y, Edition e) {
        return UzbekFormat.year(y, e);
    }

    /**
     * Renders Markdown for an edition: text nodes transliterated, heading ids the same in both editions. In the
     * Cyrillic edition of a text written in Cyrillic, a text node in Latin letters is a name the writer kept in Latin
     * ("CC BY 4.0" as a link's text, a brand): it stays as written, as the engine keeps a Latin word inside a
     * Cyrillic sentence. The node alone has no Cyrillic around it, so the engine would take it for Uzbek Latin.
     */
    public MarkdownRenderer.Rendered markdown(String body, Edition e, SourcePos pos) {
        boolean cyrillicForCyrillic = e.script() == Script.CYRILLIC
                && uz.shaffof.translit.Transliterator.dominantScript(markdown.readableText(body)) == Script.CYRILLIC;
        return markdown.render(body, s -> cyrillicForCyrillic && keptInLatin(s) ? s : localizer.plain(s, e, pos),
                s -> foreignLang(s, e));
    }

    /** A text node of a Cyrillic text written in Latin letters, with no per-edition form for the engine to pick. */
    private static boolean keptInLatin(String node) {
        return !node.contains("-{") && node.codePoints().anyMatch(Character::isLetter)
                && uz.shaffof.translit.Transliterator.dominantScript(node) == Script.LATIN;
    }

    /** The language of a text left as written, when it is in the other script than the edition's; else null. */
    static String foreignLang(String text, Edition e) {
        boolean letters = text.codePoints().anyMatch(Character::isLetter);
        if (!letters) return null;
        Script script = uz.shaffof.translit.Transliterator.dominantScript(text);
        return script == e.script() ? null : e.other().lang();
    }

    /**
     * The path the site is served under, with both slashes: {@code /} for {@code https://shaffof.uz}, {@code /repo/}
     * for a GitHub Pages project site at {@code https://owner.github.io/repo}. Pages served at any path (404)
     * link from it, so they work under a sub-path too.
     */
    public String basePath() {
        int authority = baseUrl.indexOf("://");
        int path = authority < 0 ? -1 : baseUrl.indexOf('/', authority + 3);
        if (path < 0) return "/";
        String p = baseUrl.substring(path);
        return p.endsWith("/") ? p : p + "/";
    }

    /** The absolute URL of a path from the site root. */
    public String absolute(String path) {
        return baseUrl + "/" + path;
    }
}
