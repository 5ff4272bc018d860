package uz.shaffof.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;
import uz.shaffof.render.TemplateEngine;

/**
 * The files of the site as a whole: the root page where a reader chooses a script, the root "not found" page (in
 * both scripts, with each edition's home and search; the editions' own are in {@link NotFoundPage}), {@code sitemap.xml} with hreflang alternates and {@code x-default}, and {@code robots.txt}.
 */
public final class SiteFiles {
    private final List<OutputFile> files;

    private SiteFiles(List<OutputFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * One edition on the root page: its address, name, title and tagline; and, for the root "not found" page, what
     * that page says in the edition's script and where its search is.
     */
    public record Choice(String lang, String href, String label, String siteTitle, String tagline,
                         String notFoundTitle, String notFoundAddress, String notFoundText, String homeLabel,
                         String searchHref, String searchLabel) {}

    public record RootBody(boolean notFound, List<Choice> choices, String css, String cssIntegrity, String icon,
                           String csp, String ogImage, String script, String scriptIntegrity) {}

    static SiteFiles create(SiteContext ctx, TemplateEngine templates, Assets assets, List<PagePlan> plans) {
        List<OutputFile> out = new ArrayList<>();
        out.add(OutputFile.text("index.html", root(ctx, templates, assets, false)));
        out.add(OutputFile.text("404.html", root(ctx, templates, assets, true)));
        out.add(OutputFile.text("sitemap.xml", sitemap(ctx, plans)));
        out.addAll(Feeds.create(ctx, List.of()));
        out.add(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + ctx.absolute("sitemap.xml") + "\n"));
        return new SiteFiles(out);
    }

    List<OutputFile> files() {
        return files;
    }

    private static String root(SiteContext ctx, TemplateEngine templates, Assets assets, boolean notFound) {
        List<Choice> choices = new ArrayList<>();
        for (Edition e : Edition.values()) {
            String home = (notFound ? ctx.basePath() : "") + e.prefix() + "/";
            choices.add(new Choice(e.lang(), home, ctx.ui("edition.name", e),
                    ctx.text(ctx.content().site().title(), e), ctx.text(ctx.content().site().tagline(), e),
                    ctx.ui("notfound.title", e), ctx.ui("notfound.address", e), ctx.ui("notfound.text", e),
                    ctx.ui("nav.home", e), home + "search/", ctx.ui("nav.search", e)));
        }
        AssetRef css = assets.get("site.css");
        Map<String, Object> model = new LinkedHashMap<>();
        String from = notFound ? ctx.basePath() : "";
        model.put("body", new RootBody(notFound, choices, from + css.path(), css.integrity(),
                from + assets.get("favicon.svg").path(), SiteGenerator.CSP,
                ctx.absolute(Edition.LATN.prefix() + "/" + PreviewCards.FILE),
                from + assets.get(NotFoundPage.SCRIPT).path(), assets.get(NotFoundPage.SCRIPT).integrity()));
        model.put("baseUrl", ctx.baseUrl());
        return templates.render("root.ftlh", model);
    }

    private static String sitemap(SiteContext ctx, List<PagePlan> plans) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (PagePlan p : plans) {
            if (p.servedAtAnyPath()) continue;
            for (Edition e : Edition.values()) {
                sb.append("  <url>\n    <loc>").append(xml(ctx.absolute(p.urlPath(e)))).append("</loc>\n");
                for (Edition alt : Edition.values()) {
                    sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alt.lang())
                            .append("\" href=\"").append(xml(ctx.absolute(p.urlPath(alt)))).append("\"/>\n");
                }
                sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                        .append(xml(ctx.absolute(p.urlPath(Edition.LATN)))).append("\"/>\n  </url>\n");
            }
        }
        return sb.append("</urlset>\n").toString();
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
