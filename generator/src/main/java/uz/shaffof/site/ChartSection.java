package uz.shaffof.site;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.chart.ChartCache;
import uz.shaffof.chart.ChartData;
import uz.shaffof.chart.ChartSpec;
import uz.shaffof.chart.PngRenderer;
import uz.shaffof.chart.LazyChartRenderer;
import uz.shaffof.chart.RenderedChart;
import uz.shaffof.chart.Series;
import uz.shaffof.i18n.Edition;
import uz.shaffof.i18n.UzbekFormat;
import uz.shaffof.output.OutputFile;

/**
 * Renders every chart of the {@link ChartCatalog} in both editions (through the content-addressed cache) and
 * publishes, for each: a chart page, an embed page, the data as CSV and JSON with a metadata file, the picture
 * as SVG and PNG (the PNG doubles as the link preview). Pages that show a chart get its {@link ChartView}.
 */
public final class ChartSection {
    static final List<String> SCRIPTS = List.of("vendor/echarts-6.1.0/echarts-ssr-client.js", "chart.js");

    /** A row of a chart's data table: the category and one formatted cell per series. */
    public record TableRow(String label, List<String> cells) {}

    /** A chart as a page shows it, with everything beside it (table, source, downloads, embed code). */
    public record ChartView(String id, String title, String subtitle, String note, String svg, String optionJson,
                     String ariaLabel, String description, List<String> headers, List<TableRow> rows, String source,
                     String license, String licenseUrl, String csv, String json, String meta, String svgFile,
                     String png, String pageHref, String embedHref, String embedSnippet, String homeHref) {}

    public record ChartPageBody(ChartView chart) {}

    private final Map<String, Map<Edition, ChartView>> views;
    private final List<OutputFile> files;
    private final List<PagePlan> plans;
    private final Map<String, ChartCatalog.Entry> entries;

    private ChartSection(Map<String, Map<Edition, ChartView>> views, List<OutputFile> files, List<PagePlan> plans,
                         Map<String, ChartCatalog.Entry> entries) {
        this.views = views;
        this.files = files;
        this.plans = plans;
        this.entries = entries;
    }

    /** Told how many of the charts (one per chart and edition) are done, from the drawing threads. */
    @FunctionalInterface
    interface Progress {
        void done(long done, long total);
    }

    /** Every chart, drawn by {@code renderer} when not in the cache; the caller owns (and closes) the renderer. */
    static ChartSection render(SiteContext ctx, Path cacheDir, Progress progress, LazyChartRenderer renderer) {
        List<ChartCatalog.Entry> catalog = ChartCatalog.build(ctx);
        Map<String, ChartCatalog.Entry> byId = new TreeMap<>();
        for (ChartCatalog.Entry en : catalog) byId.put(en.id(), en);
        ChartCache cache = ChartCache.in(cacheDir);
        Map<String, Map<Edition, ChartView>> views = new ConcurrentHashMap<>();
        List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        long total = (long) catalog.size() * Edition.values().length;
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        progress.done(0, total);
        catalog.parallelStream().forEach(en -> {
            Map<Edition, ChartView> perEdition = new EnumMap<>(Edition.class);
            for (Edition e : Edition.values()) {
                ChartSpec spec = en.spec().apply(e);
                RenderedChart chart = cache.get(spec, renderer::render);
                perEdition.put(e, view(ctx, en, spec, chart, e));
                files.addAll(files(ctx, en, spec, chart, cache, e));
                progress.done(done.incrementAndGet(), total);
            }
            views.put(en.id(), perEdition);
        });
        List<PagePlan> plans = new ArrayList<>();
        for (ChartCatalog.Entry en : byId.values()) {
            plans.add(new PagePlan("charts/" + en.id() + "/", "chart.ftlh", e -> {
                ChartView v = views.get(en.id()).get(e);
                return new PageView(v.title(), v.description(), "charts/", new ChartPageBody(v), v.png(), SCRIPTS);
            }));
            plans.add(new PagePlan("embed/" + en.id() + "/", "embed.ftlh", e -> {
                ChartView v = views.get(en.id()).get(e);
                return new PageView(v.title(), v.description(), "embed/", new ChartPageBody(v), v.png(),
                        List.of(SCRIPTS.get(0), SCRIPTS.get(1), "embed-resize.js"));
            }));
        }
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(null);
        return new ChartSection(Map.copyOf(views), List.copyOf(sorted), List.copyOf(plans), byId);
    }

    private static String base(Edition e, String id) {
        return e.prefix() + "/charts/" + id + "/";
    }

    private static List<OutputFile> files(SiteContext ctx, ChartCatalog.Entry en, ChartSpec spec, RenderedChart chart,
                                          ChartCache cache, Edition e) {
        String b = base(e, en.id());
        byte[] png = cache.png(spec, PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT,
                () -> PngRenderer.png(chart.svg(), PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT));
        String svgDocument = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg() + "\n";
        return List.of(
                OutputFile.text(b + "data.csv", ChartData.csv(spec)),
                OutputFile.text(b + "data.json", ChartData.json(spec)),
                OutputFile.text(b + "meta.json", ChartData.metadataJson(spec, "data.csv", "data.json",
                        en.method() == null ? "" : en.method(), ctx.content().site().asOf())),
                OutputFile.text(b + en.id() + ".svg", svgDocument),
                new OutputFile(b + en.id() + ".png", png));
    }

    private static ChartView view(SiteContext ctx, ChartCatalog.Entry en, ChartSpec spec, RenderedChart chart,
                                  Edition e) {
        List<String> headers = new ArrayList<>();
        headers.add("");
        for (Series s : spec.series()) headers.add(s.name() + (spec.unit().isEmpty() ? "" : ", " + spec.unit()));
        List<TableRow> rows = new ArrayList<>();
        List<String> labels = spec.kind() == uz.shaffof.chart.ChartKind.TILE_MAP
                ? spec.categories().stream().map(code -> ctx.regionName(code, e)).toList() : spec.categories();
        for (int i = 0; i < spec.categories().size(); i++) {
            List<String> cells = new ArrayList<>();
            for (Series s : spec.series()) {
                BigDecimal v = s.values().get(i);
                cells.add(v == null ? null : UzbekFormat.number(v));
            }
            rows.add(new TableRow(labels.get(i), cells));
        }
        String charts = "charts/" + en.id() + "/";
        String embedUrl = ctx.absolute(e.prefix() + "/embed/" + en.id() + "/");
        String snippet = "<iframe id=\"datawrapper-chart-" + en.id() + "\" src=\"" + embedUrl + "\" title=\""
                + attr(spec.title()) + "\" scrolling=\"no\" style=\"width:100%;border:0\" height=\"480\" loading=\"lazy\""
                + " sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>\n"
                + "<script>window.addEventListener(\"message\",function(e){var h=e.data&&e.data[\"datawrapper-height\"];"
                + "if(!h)return;for(var id in h){var f=document.getElementById(\"datawrapper-chart-\"+id);"
                + "if(f&&f.contentWindow===e.source)f.style.height=h[id]+\"px\";}});</script>";
        return new ChartView(en.id(), spec.title(), spec.subtitle(), ctx.text(en.note(), e), chart.svg(),
                chart.optionJson(), chart.ariaLabel(), chart.description(), headers, rows, spec.sourceLine(),
                ctx.content().site().licenseName(), ctx.content().site().licenseUrl(), charts + "data.csv",
                charts + "data.json", charts + "meta.json", charts + en.id() + ".svg",
                e.prefix() + "/" + charts + en.id() + ".png", charts, "embed/" + en.id() + "/", snippet, en.homeRoute());
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The chart with this id in an edition, or none when the catalog has no such chart. */
    java.util.Optional<ChartView> view(String id, Edition e) {
        Map<Edition, ChartView> v = views.get(id);
        return v == null ? java.util.Optional.empty() : java.util.Optional.of(v.get(e));
    }

    /** The content-defined charts whose dataset matches, in id order. */
    List<ChartView> forDataset(java.util.function.Predicate<String> dataset, Edition e) {
        return entries.values().stream().filter(en -> en.dataset() != null && dataset.test(en.dataset()))
                .map(en -> views.get(en.id()).get(e)).toList();
    }

    /** A page's view with the chart scripts added when the page shows any chart. */
    static PageView withCharts(PageView view, List<ChartView> charts) {
        return charts.isEmpty() ? view : view.withScripts(SCRIPTS.toArray(String[]::new));
    }

    boolean has(String id) {
        return views.containsKey(id);
    }

    List<OutputFile> files() {
        return files;
    }

    List<PagePlan> plans() {
        return plans;
    }

    ChartCatalog.Entry entry(String id) {
        return entries.get(id);
    }
}
