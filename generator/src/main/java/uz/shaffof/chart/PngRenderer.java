package uz.shaffof.chart;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Rasterises a chart SVG to PNG with jsvg (pure Java, headless), for link previews ({@code og:image},
 * 1200x630) and "download image". The chart is scaled to fit, centred, on white. The bytes depend only on
 * the SVG, the size and the fonts installed (text is drawn with the machine's DejaVu Sans, the font the
 * charts are measured with); the PNG has no time stamp ({@link PngEncoder}).
 *
 * <pre>{@code
 * byte[] ogImage = PngRenderer.png(chart.svg(), 1200, 630);
 * }</pre>
 */
public final class PngRenderer {
    /** The size link previews (Open Graph, Telegram) expect. */
    public static final int OG_WIDTH = 1200;
    public static final int OG_HEIGHT = 630;

    private PngRenderer() {}

    /** The SVG drawn into a {@code width} x {@code height} PNG. */
    public static byte[] png(String svg, int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > 40_000_000L) {
            throw new IllegalArgumentException("PNG size " + width + "x" + height + " is out of range");
        }
        SVGDocument document = load(svg);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            FloatSize size = document.size();
            double scale = Math.min(width / (double) size.width, height / (double) size.height);
            double drawnWidth = size.width * scale;
            double drawnHeight = size.height * scale;
            document.render(null, g, new ViewBox((float) ((width - drawnWidth) / 2), (float) ((height - drawnHeight) / 2),
                    (float) drawnWidth, (float) drawnHeight));
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private static SVGDocument load(String svg) {
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                URI.create("about:blank"), LoaderContext.createDefault());
        if (document == null) throw new IllegalArgumentException("the SVG could not be parsed");
        return document;
    }
}
