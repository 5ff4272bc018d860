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
import java.util.function.Function;

/**
 * Rendered charts kept on disk under a key made of everything that decides the picture: the spec's content
 * and the renderer itself (its scripts, the vendored ECharts, the font table). A rebuild renders only the
 * charts whose data changed; a changed renderer invalidates every entry. A damaged entry is rendered anew.
 *
 * <pre><code>ChartCache cache = ChartCache.in(Path.of(".shaffof-cache/charts"));
 * RenderedChart c = cache.get(spec, renderer::render);</code></pre>
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
    private static final String RENDERER_VERSION = rendererVersion();

    private final Path dir;

    private ChartCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir} (created when first written). */
    public static ChartCache in(Path dir) {
        return new ChartCache(dir);
    }

    /** The cached rendering of {@code spec}, or a fresh one from {@code render}, stored for next time. */
    public RenderedChart get(ChartSpec spec, Function<ChartSpec, RenderedChart> render) {
        String key = key(spec);
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".json");
        RenderedChart cached = read(file);
        if (cached != null) return cached;
        RenderedChart fresh = render.apply(spec);
        write(file, fresh);
        return fresh;
    }

    /** The cached PNG of a rendered chart at a size, or a fresh one from {@code draw}, stored for next time. */
    public byte[] png(ChartSpec spec, int width, int height, java.util.function.Supplier<byte[]> draw) {
        String key = key(spec) + "-" + width + "x" + height;
        Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".png");
        try {
            if (Files.isRegularFile(file)) return Files.readAllBytes(file);
        } catch (IOException e) {
            // unreadable: draw again
        }
        byte[] png = draw.get();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".png");
            Files.write(tmp, png);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The cache is an optimisation: failing to store only costs the next build a drawing.
        }
        return png;
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
        }
        return sha256(n.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static RenderedChart read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            JsonNode n = JSON.readTree(file.toFile());
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

    private static String rendererVersion() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : RENDERER_CLASSES) {
                try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                    if (in == null) throw new IllegalStateException("class file missing: " + c.getName());
                    d.update(in.readAllBytes());
                }
            }
            for (String r : RENDERER_FILES) {
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
