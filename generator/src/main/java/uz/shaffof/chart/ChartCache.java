package uz.shaffof.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import uz.shaffof.project.ProjectFiles;

/**
 * Rendered charts kept on disk under a key made of everything that decides the picture: the spec's content
 * and the renderer itself (its scripts, the vendored ECharts, the font table). A rebuild renders only the
 * charts whose data changed; a changed renderer invalidates every entry. A damaged entry is rendered anew.
 * Link-preview PNGs are kept beside them, under the chart's key, the size and {@link PngRenderer}'s own code.
 *
 * <p>A process that builds many times ({@code serve}) also keeps the last build's charts and PNGs in a
 * {@link Memory}, so that a rebuild does not read and parse every chart from disk again. Entries are found by the
 * same keys in memory as on disk, so the memory changes the speed, never a byte.
 *
 * <pre><code>ChartCache cache = ChartCache.in(Path.of(".shaffof-cache/charts"));
 * RenderedChart c = cache.get(spec, renderer::render);</code></pre>
 *
 * One instance serves one build. Thread-safe.
 */
public final class ChartCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RENDERER_FILES = List.of("/chart/ssr-render.js", "/chart/dejavu-sans-advances.tsv",
            "/chart/tile-grid.tsv", "/assets/chart.js", "/assets/vendor/echarts-6.1.0/echarts.common.min.js");
    /** The code that draws: a change to any of these classes must invalidate the cache too. */
    private static final List<Class<?>> RENDERER_CLASSES = List.of(ChartRenderer.class, CartesianOption.class,
            PieOption.class, TileMapOption.class, TileGrid.class, SvgPostProcessor.class, DescriptionWriter.class,
            ChartWords.class, ChartStyle.class, ChartJson.class, TextMetrics.class, EchartsEngine.class, Frame.class,
            Xml.class, ChartOption.class, Resources.class);
    private static final String RENDERER_VERSION = fingerprint(RENDERER_CLASSES, RENDERER_FILES);
    /** The code that rasterises: a PNG's key has it too, so a change to it draws every PNG again. */
    private static final String PNG_VERSION = fingerprint(List.of(PngRenderer.class), List.of());

    /**
     * The charts and PNGs of the last build, kept in memory by a process that builds many times. Each build keeps
     * only what it used ({@link ChartCache#forgetUnused}), so memory holds one site's charts, not every version
     * ever drawn. Thread-safe.
     */
    public static final class Memory {
        private final Map<String, RenderedChart> charts = new ConcurrentHashMap<>();
        private final Map<String, byte[]> pngs = new ConcurrentHashMap<>();

        /** How many charts and PNGs are kept (for tests). */
        public int size() {
            return charts.size() + pngs.size();
        }
    }

    private final Path dir;
    private final Memory memory;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ChartCache(Path dir, Memory memory) {
        this.dir = dir;
        this.memory = memory;
    }

    /** A cache in {@code dir} (created when first written). */
    public static ChartCache in(Path dir) {
        return new ChartCache(dir, null);
    }

    /** A cache in {@code dir} that also reads and fills {@code memory}, which outlives it (one per build). */
    public static ChartCache in(Path dir, Memory memory) {
        return new ChartCache(dir, Objects.requireNonNull(memory, "memory"));
    }

    /** The cached rendering of {@code spec}, or a fresh one from {@code render}, stored for next time. */
    public RenderedChart get(ChartSpec spec, Function<ChartSpec, RenderedChart> render) {
        RenderedChart cached = find(spec);
        if (cached != null) return cached;
        RenderedChart fresh = render.apply(spec);
        put(spec, fresh);
        return fresh;
    }

    /** The cached rendering of {@code spec}, or null when there is none (or only a damaged one). */
    public RenderedChart find(ChartSpec spec) {
        String key = key(spec);
        used.add(key);
        RenderedChart kept = memory == null ? null : memory.charts.get(key);
        if (kept != null) return kept;
        RenderedChart read = read(file(key, ".json"));
        if (read != null && memory != null) memory.charts.put(key, read);
        return read;
    }

    /** Stores the rendering of {@code spec}. */
    public void put(ChartSpec spec, RenderedChart chart) {
        String key = key(spec);
        used.add(key);
        if (memory != null) memory.charts.put(key, chart);
        write(file(key, ".json"), chart);
    }

    /** What decides the bytes of {@code spec}'s PNG at a size: the chart, the size and the rasteriser. */
    public String pngKey(ChartSpec spec, int width, int height) {
        return key(spec) + "-" + width + "x" + height + "-" + PNG_VERSION;
    }

    /** The cached PNG of {@code spec}'s chart at a size, or null when there is none. */
    public byte[] findPng(ChartSpec spec, int width, int height) {
        return findPng(pngKey(spec, width, height));
    }

    /** What decides the bytes of the PNG of an SVG document (a link-preview card) at a size. */
    public String svgPngKey(String svg, int width, int height) {
        return sha256(svg.getBytes(StandardCharsets.UTF_8)) + "-" + width + "x" + height + "-" + PNG_VERSION;
    }

    /** The cached PNG under {@code key} ({@link #pngKey} or {@link #svgPngKey}), or null when there is none. */
    public byte[] findPng(String key) {
        used.add(key);
        byte[] kept = memory == null ? null : memory.pngs.get(key);
        if (kept != null) return kept;
        Path file = file(key, ".png");
        // Never through a link, never a pipe: anything but a file of our own is a miss, drawn again.
        byte[] read = ProjectFiles.readRegularOrNull(file);
        if (read != null && memory != null) memory.pngs.put(key, read);
        return read;
    }

    /** Stores the PNG of {@code spec}'s chart at a size. */
    public void putPng(ChartSpec spec, int width, int height, byte[] png) {
        putPng(pngKey(spec, width, height), png);
    }

    /** Stores a PNG under {@code key}. */
    public void putPng(String key, byte[] png) {
        used.add(key);
        if (memory != null) memory.pngs.put(key, png);
        Path file = file(key, ".png");
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".png");
            Files.write(tmp, png);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The cache is an optimisation: failing to store only costs the next build a drawing.
        }
    }

    /**
     * The build has looked up (or stored) everything it shows: memory forgets the rest. A PNG stored later, while
     * the build completes its deferred files, is one it looked up, so it is kept.
     */
    public void forgetUnused() {
        if (memory == null) return;
        memory.charts.keySet().retainAll(used);
        memory.pngs.keySet().retainAll(used);
    }

    private Path file(String key, String extension) {
        return dir.resolve(key.substring(0, 2)).resolve(key + extension);
    }

    static String key(ChartSpec spec) {
        ObjectNode n = JSON.createObjectNode();
        n.put("renderer", RENDERER_VERSION).put("id", spec.id()).put("kind", spec.kind().name())
                .put("title", spec.title()).put("subtitle", spec.subtitle()).put("unit", spec.unit())
                .put("script", spec.script().name()).put("source", spec.sourceLine());
        spec.categories().forEach(n.putArray("categories")::add);
        var series = n.putArray("series");
        for (Series s : spec.series()) {
            var o = series.addObject().put("name", s.name());
            var values = o.putArray("values");
            for (var v : s.values()) values.add(v == null ? "" : v.toPlainString());
            // The picture, tooltip, description and data files show each figure's qualifier and unrounded value.
            var exact = o.putArray("exact");
            for (var v : s.exact()) exact.add(v == null ? "" : v.toPlainString());
            var qualified = o.putArray("qualified");
            for (int i = 0; i < s.values().size(); i++) {
                qualified.add(String.valueOf(s.qualified().get(i)) + "|" + s.qualifier(i));
            }
        }
        return sha256(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static RenderedChart read(Path file) {
        byte[] bytes = ProjectFiles.readRegularOrNull(file);
        if (bytes == null) return null;
        try {
            JsonNode n = JSON.readTree(bytes);
            return new RenderedChart(n.get("svg").asText(), n.get("ariaLabel").asText(), n.get("description").asText(),
                    n.get("optionJson").asText());
        } catch (IOException | RuntimeException e) {
            return null; // a torn or foreign file: render again
        }
    }

    private static void write(Path file, RenderedChart c) {
        try {
            Files.createDirectories(file.getParent());
            ObjectNode n = JSON.createObjectNode().put("svg", c.svg()).put("ariaLabel", c.ariaLabel())
                    .put("description", c.description()).put("optionJson", c.optionJson());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".json");
            Files.writeString(tmp, n.toString());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The cache is an optimisation: failing to store only costs the next build a render.
        }
    }

    private static String fingerprint(List<Class<?>> classes, List<String> resources) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : classes) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in == null) throw new IllegalStateException("class file missing: " + c.getName());
                    d.update(in.readAllBytes());
                }
            }
            for (String r : resources) {
                try (InputStream in = ChartCache.class.getResourceAsStream(r)) {
                    if (in == null) throw new IllegalStateException("generator resource missing: " + r);
                    d.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(d.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the chart renderer", e);
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
