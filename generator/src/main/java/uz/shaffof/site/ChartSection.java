package uz.shaffof.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import uz.shaffof.chart.ChartCache;
import uz.shaffof.chart.ChartData;
import uz.shaffof.csv.CsvWriter;
import uz.shaffof.chart.ChartSpec;
import uz.shaffof.chart.PngRenderer;
import uz.shaffof.chart.LazyChartRenderer;
import uz.shaffof.chart.RenderedChart;
import uz.shaffof.chart.Series;
import uz.shaffof.i18n.Edition;
import uz.shaffof.i18n.UzbekFormat;
import uz.shaffof.output.DeferredFile;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildStages;

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
    /**
     * {@code kind} is the content's name of the chart kind ({@code bar}, {@code tile-map}, ...); {@code linkedSvg} is
     * {@code svg} with a tile map's tiles as links to the regions (see {@link TileLinks}; print it through
     * {@code PageContext.chartSvg}); {@code svg} stays free of links, for pages (embeds) where they would not fit.
     */
    public record ChartView(String id, String kind, String title, String subtitle, String note, String svg,
                     String linkedSvg, String optionJson,
                     String ariaLabel, String description, List<String> headers, List<TableRow> rows, String source,
                     String license, String licenseUrl, String csv, String json, String meta, String svgFile,
                     String png, String pageHref, String embedHref, String embedSnippet, String homeHref) {}

    /** A chart page (or embed page): the chart, and its dates, citation and share links. */
    public record ChartPageBody(ChartView chart, Provenance provenance) {}

    private final Map<String, Map<Edition, ChartView>> views;
    private final List<OutputFile> files;
    private final List<DeferredFile> deferred;
    private final List<PagePlan> plans;
    private final Map<String, ChartCatalog.Entry> entries;
    /** Generated charts not drawn because another draws the same figures: their id → that chart's id. */
    private final Map<String, String> sameAs;

    private ChartSection(Map<String, Map<Edition, ChartView>> views, List<OutputFile> files,
                         List<DeferredFile> deferred, List<PagePlan> plans, Map<String, ChartCatalog.Entry> entries,
                         Map<String, String> sameAs) {
        this.views = views;
        this.files = files;
        this.deferred = deferred;
        this.plans = plans;
        this.entries = entries;
        this.sameAs = sameAs;
    }

    /** One chart in one edition, with what the cache had for it (null: it must be drawn). */
    private record Job(ChartCatalog.Entry entry, Edition edition, ChartSpec spec, RenderedChart cached) {}

    /** One chart in one edition, drawn. */
    private record Drawn(ChartCatalog.Entry entry, Edition edition, ChartSpec spec, RenderedChart chart) {}

    /**
     * Every chart, drawn by {@code renderer} when not in the cache; the caller owns (and closes) the renderer.
     * Charts come from {@code cache} first, so that the charts to draw (usually the two editions of the one an edit
     * changed) are then drawn each on its own thread. A link-preview PNG not in the cache is a {@link #deferred()}
     * file: no page needs its bytes, so it is drawn after the pages (by the build, or by the preview server on
     * request), off the path to the browser's reload. {@code listener} is told, from the drawing threads, how many
     * of the charts (one per chart and edition) are done, as the {@value BuildStages#CHARTS} count.
     */
    static ChartSection render(SiteContext ctx, ChartCache cache, BuildListener listener, LazyChartRenderer renderer) {
        ChartCatalog.Catalog built = ChartCatalog.build(ctx);
        List<ChartCatalog.Entry> catalog = built.entries();
        Map<String, ChartCatalog.Entry> byId = new TreeMap<>();
        for (ChartCatalog.Entry en : catalog) byId.put(en.id(), en);
        long total = (long) catalog.size() * Edition.values().length;
        AtomicLong done = new AtomicLong();
        listener.progress(BuildStages.CHARTS, 0, total);
        List<Job> jobs = catalog.parallelStream()
                .flatMap(en -> Stream.of(Edition.values()).map(e -> {
                    ChartSpec spec = en.spec().apply(e);
                    return new Job(en, e, spec, cache.find(spec));
                }))
                .toList();
        renderer.practiseOn(jobs.stream().map(Job::spec).toList());
        // One stream element per chart to draw: a parallel stream splits even two of them between the threads.
        List<Drawn> drawn = jobs.stream().filter(j -> j.cached() == null).toList().parallelStream()
                .map(j -> {
                    RenderedChart chart = renderer.render(j.spec());
                    cache.put(j.spec(), chart);
                    listener.progress(BuildStages.CHARTS, done.incrementAndGet(), total);
                    return new Drawn(j.entry(), j.edition(), j.spec(), chart);
                })
                .toList();
        List<Drawn> all = new ArrayList<>(drawn);
        for (Job j : jobs) {
            if (j.cached() == null) continue;
            all.add(new Drawn(j.entry(), j.edition(), j.spec(), j.cached()));
            listener.progress(BuildStages.CHARTS, done.incrementAndGet(), total);
        }

        Map<String, Map<Edition, ChartView>> views = new TreeMap<>();
        List<OutputFile> files = new ArrayList<>();
        List<DeferredFile> deferred = new ArrayList<>();
        for (Drawn d : all) {
            views.computeIfAbsent(d.entry().id(), id -> new EnumMap<>(Edition.class))
                    .put(d.edition(), view(ctx, d.entry(), d.spec(), d.chart(), d.edition()));
            files.addAll(files(ctx, d.entry(), d.spec(), d.chart(), d.edition()));
            String png = base(d.edition(), d.entry().id()) + d.entry().id() + ".png";
            byte[] cachedPng = cache.findPng(d.spec(), PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT);
            if (cachedPng != null) {
                files.add(new OutputFile(png, cachedPng));
            } else {
                deferred.add(new DeferredFile(png, cache.pngKey(d.spec(), PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT),
                        () -> {
                            byte[] bytes = PngRenderer.png(d.chart().svg(), PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT);
                            cache.putPng(d.spec(), PngRenderer.OG_WIDTH, PngRenderer.OG_HEIGHT, bytes);
                            return bytes;
                        }));
            }
        }
        cache.forgetUnused();
        Map<String, Map<Edition, ChartView>> frozen = new TreeMap<>();
        views.forEach((id, perEdition) -> frozen.put(id, Collections.unmodifiableMap(perEdition)));

        List<PagePlan> plans = new ArrayList<>();
        for (ChartCatalog.Entry en : byId.values()) {
            plans.add(new PagePlan("charts/" + en.id() + "/", "chart.ftlh", e -> {
                ChartView v = frozen.get(en.id()).get(e);
                ChartPageBody body = new ChartPageBody(v,
                        Provenance.of(ctx, v.title(), e.prefix() + "/charts/" + en.id() + "/", e));
                return new PageView(v.title(), v.description(), "charts/", body, v.png(), SCRIPTS);
            }, PageSource.of(en.source())));
            plans.add(new PagePlan("embed/" + en.id() + "/", "embed.ftlh", e -> {
                ChartView v = frozen.get(en.id()).get(e);
                ChartPageBody body = new ChartPageBody(v,
                        Provenance.of(ctx, v.title(), e.prefix() + "/charts/" + en.id() + "/", e));
                return new PageView(v.title(), v.description(), "embed/", body, v.png(),
                        List.of(SCRIPTS.get(0), SCRIPTS.get(1), "embed-resize.js"));
            }, PageSource.of(en.source())));
        }
        files.sort(null);
        deferred.sort(Comparator.comparing(DeferredFile::path));
        return new ChartSection(Collections.unmodifiableMap(frozen), List.copyOf(files), List.copyOf(deferred),
                List.copyOf(plans), byId, built.sameAs());
    }

    private static String base(Edition e, String id) {
        return e.prefix() + "/charts/" + id + "/";
    }

    /** The chart's files but its PNG: data as CSV and JSON, their metadata, and the SVG. */
    private static List<OutputFile> files(SiteContext ctx, ChartCatalog.Entry en, ChartSpec spec, RenderedChart chart,
                                          Edition e) {
        String b = base(e, en.id());
        String svgDocument = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg() + "\n";
        return List.of(
                new OutputFile(b + "data.csv", CsvWriter.encode(ChartData.csv(spec))),
                OutputFile.text(b + "data.json", ChartData.json(spec)),
                OutputFile.text(b + "meta.json", ChartData.metadataJson(spec, "data.csv", "data.json",
                        en.method() == null ? "" : en.method(), ctx.content().site().asOf())),
                OutputFile.text(b + en.id() + ".svg", svgDocument));
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
            for (Series s : spec.series()) cells.add(s.text(i));
            rows.add(new TableRow(labels.get(i), cells));
        }
        String charts = "charts/" + en.id() + "/";
        String embedUrl = ctx.absolute(e.prefix() + "/embed/" + en.id() + "/");
        // The embed page's credit line as embed.ftlh prints it: the room it takes decides the frame's height.
        String credit = (spec.sourceLine().isEmpty() ? "" : ctx.ui("source", e) + ": " + spec.sourceLine() + ". ")
                + ctx.content().site().licenseName() + " · " + ctx.text(ctx.content().site().title(), e) + ": "
                + ctx.ui("chart.data-and-table", e);
        EmbedFrame frame = EmbedFrame.of(chart.svg(), credit);
        // The wrapper is the size container of the frame's height (100cqw is the column's width); where container
        // units are not supported the height attribute stands.
        String snippet = "<div style=\"container-type:inline-size\"><iframe id=\"datawrapper-chart-" + en.id()
                + "\" src=\"" + embedUrl + "\" title=\"" + attr(spec.title()) + "\" style=\"display:block;width:100%;height:"
                + frame.cssHeight() + ";border:0\" height=\"" + frame.fallbackHeight() + "\" loading=\"lazy\""
                + " sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"></iframe>"
                + "</div>\n"
                + "<script>window.addEventListener(\"message\",function(e){var h=e.data&&e.data[\"datawrapper-height\"];"
                + "if(!h)return;for(var id in h){var f=document.getElementById(\"datawrapper-chart-\"+id);"
                + "if(f&&f.contentWindow===e.source)f.style.height=h[id]+\"px\";}});</script>";
        String linkedSvg = spec.kind() == uz.shaffof.chart.ChartKind.TILE_MAP
                ? TileLinks.mark(chart.svg(), chart.optionJson(), code -> ctx.content().regions().stream()
                        .filter(r -> r.code().equals(code)).findFirst()
                        .map(r -> new TileLinks.Target("regions/" + r.slug() + "/", ctx.text(r.name(), e))))
                : chart.svg();
        return new ChartView(en.id(), kindName(spec.kind()), spec.title(), spec.subtitle(), ctx.text(en.note(), e),
                chart.svg(), linkedSvg, chart.optionJson(), chart.ariaLabel(), chart.description(), headers, rows, spec.sourceLine(),
                ctx.content().site().licenseName(), ctx.content().site().licenseUrl(), charts + "data.csv",
                charts + "data.json", charts + "meta.json", charts + en.id() + ".svg",
                e.prefix() + "/" + charts + en.id() + ".png", charts, "embed/" + en.id() + "/", snippet, en.homeRoute());
    }

    /** The content's spelling of a chart kind: {@code TILE_MAP} is {@code tile-map}. */
    private static String kindName(uz.shaffof.chart.ChartKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The chart with this id in an edition, or none when the catalog has no such chart. */
    java.util.Optional<ChartView> view(String id, Edition e) {
        Map<Edition, ChartView> v = views.get(sameAs.getOrDefault(id, id));
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

    /** The link-preview PNGs the cache did not have: drawn on first demand. */
    List<DeferredFile> deferred() {
        return deferred;
    }

    List<PagePlan> plans() {
        return plans;
    }

    ChartCatalog.Entry entry(String id) {
        return entries.get(id);
    }
}
