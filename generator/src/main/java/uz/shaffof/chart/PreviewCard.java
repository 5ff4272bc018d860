package uz.shaffof.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uz.shaffof.translit.Script;

/**
 * A link preview ({@code og:image}, 1200x630) for one page: the site's name and the kind of page, the page's title,
 * its headline figure large (exactly as the page prints it, qualifier included: "630 000 dan ortiq"), a caption, and
 * a picture on the right: the page's chart, or the tile map of Uzbekistan with the page's own region highlighted
 * and the regions that have data shaded. Drawn as an SVG here, rasterised by {@link PngRenderer}.
 *
 * <p>Text is measured with the same DejaVu Sans table as the charts ({@link TextMetrics}), so the title wraps and
 * the figure shrinks to fit their column instead of running off the picture.
 *
 * @param site       the site's name, top left
 * @param kicker     the kind of page (a section's name), after the site's name
 * @param title      the page's title (wrapped, at most three lines)
 * @param figure     the headline figure as printed on the page, or null
 * @param caption    what the figure is, or what the page is about (at most three lines), or null
 * @param footer     a last line (e.g. the date the data is true as of), or null
 * @param highlight  the ISO 3166-2:UZ code of the region the page is about, or null
 * @param shaded     the codes of the regions that have data (drawn darker than the others)
 * @param chartSvg   the page's chart (a rendered chart SVG) to draw instead of the map, or null
 * @param script     the script of the tile names
 */
public record PreviewCard(String site, String kicker, String title, String figure, String caption, String footer,
                          String highlight, Set<String> shaded, String chartSvg, Script script) {
    public static final int WIDTH = PngRenderer.OG_WIDTH;
    public static final int HEIGHT = PngRenderer.OG_HEIGHT;

    private static final int MARGIN = 60;
    private static final int PICTURE = 500;
    private static final int PICTURE_X = WIDTH - MARGIN - PICTURE;
    private static final int PICTURE_Y = 100;
    private static final String ACCENT = "#1d4f91";
    private static final String HIGHLIGHT = "#d55e00";
    private static final String WITH_DATA = "#7a9cc6";
    private static final String WITHOUT_DATA = "#e4e4e4";
    private static final TextMetrics METRICS = TextMetrics.dejaVuSans();
    private static final TileGrid GRID = TileGrid.uzbekistan();

    public PreviewCard {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(script, "script");
        shaded = Set.copyOf(shaded);
    }

    /** The card as a standalone SVG document, 1200x630 units. */
    public String svg() {
        StringBuilder out = new StringBuilder(8192);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"").append(ChartStyle.FONT_FAMILY).append("\">");
        out.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>");
        out.append("<rect width=\"").append(WIDTH).append("\" height=\"14\" fill=\"").append(ACCENT).append("\"/>");
        double column = PICTURE_X - (chartSvg == null ? 60 : 40) - MARGIN;

        String head = kicker == null || kicker.isBlank() ? site : site + " · " + kicker;
        text(out, fit(head, 30, true, column), MARGIN, 78, 30, true, ACCENT);

        double y = 150;
        List<String> titleLines = lines(title, 46, true, column, 3);
        for (String line : titleLines) {
            text(out, line, MARGIN, y, 46, true, ChartStyle.TEXT);
            y += 56;
        }
        if (figure != null && !figure.isBlank()) {
            // Never cut: a figure is its digits and its qualifier ("630 000 dan ortiq"). Smaller, then on two lines.
            double px = 112;
            while (px > 64 && METRICS.width(figure, px, true) > column) px -= 4;
            List<String> figureLines = METRICS.width(figure, px, true) <= column ? List.of(figure)
                    : METRICS.wrap(figure, px, true, column);
            for (String line : figureLines) {
                y += px * 0.95;
                text(out, line, MARGIN, y, px, true, ChartStyle.TEXT);
            }
            y += 24;
        }
        if (caption != null && !caption.isBlank()) {
            y += 26;
            for (String line : lines(caption, 28, false, column, figure == null ? 4 : 3)) {
                if (y > HEIGHT - 70) break;
                text(out, line, MARGIN, y, 28, false, ChartStyle.MUTED);
                y += 36;
            }
        }
        if (footer != null && !footer.isBlank()) {
            text(out, fit(footer, 22, false, column), MARGIN, HEIGHT - 40, 22, false, ChartStyle.MUTED);
        }

        if (chartSvg != null) {
            chart(out);
        } else {
            map(out);
        }
        return out.append("</svg>").toString();
    }

    /** The chart, scaled to fill the picture area (its viewBox keeps the proportions). */
    private void chart(StringBuilder out) {
        int start = chartSvg.indexOf("<svg");
        if (start < 0) throw new IllegalArgumentException("the chart is not an SVG");
        out.append("<svg x=\"").append(PICTURE_X - 20).append("\" y=\"").append(PICTURE_Y - 70)
                .append("\" width=\"").append(PICTURE + 40).append("\" height=\"").append(HEIGHT - PICTURE_Y + 60)
                .append("\"").append(chartSvg.substring(start + 4));
    }

    /** Uzbekistan's 14 tiles: the page's region in orange with its name, regions with data in blue. */
    private void map(StringBuilder out) {
        // The map may reach further left than a chart: its tiles need the width, the text column is cut to fit.
        double width = PICTURE + 60;
        double height = HEIGHT - PICTURE_Y - 60;
        double cell = Math.min(width / GRID.columns(), height / GRID.rows());
        double gap = 6;
        double left = WIDTH - MARGIN + 20 - cell * GRID.columns();
        double top = PICTURE_Y + (height - cell * GRID.rows()) / 2;
        for (TileGrid.Tile tile : GRID.tiles()) {
            boolean own = tile.code().equals(highlight);
            String fill = own ? HIGHLIGHT : shaded.contains(tile.code()) ? WITH_DATA : WITHOUT_DATA;
            double x = left + tile.column() * cell;
            double yy = top + tile.row() * cell;
            out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(yy)).append("\" width=\"")
                    .append(num(cell - gap)).append("\" height=\"").append(num(cell - gap)).append("\" rx=\"6\" fill=\"")
                    .append(fill).append("\"/>");
            String[] nameLines = tile.name(script).split("\n");
            double px = own ? 13 : 11.5;
            double lineY = yy + (cell - gap) / 2 - (nameLines.length - 1) * px * 0.6 + px * 0.35;
            for (String line : nameLines) {
                String shown = fit(line, px, own, cell - gap - 6);
                double w = METRICS.width(shown, px, own);
                text(out, shown, x + (cell - gap - w) / 2, lineY, px, own, own ? "#ffffff" : ChartStyle.TEXT);
                lineY += px * 1.2;
            }
        }
    }

    private static List<String> lines(String text, double px, boolean bold, double width, int max) {
        List<String> all = METRICS.wrap(text, px, bold, width);
        if (all.size() <= max) return all;
        List<String> kept = new java.util.ArrayList<>(all.subList(0, max));
        kept.set(max - 1, fit(kept.get(max - 1) + " " + String.join(" ", all.subList(max, all.size())), px, bold, width));
        return kept;
    }

    /** The text, cut with an ellipsis when wider than {@code width}. */
    private static String fit(String text, double px, boolean bold, double width) {
        if (METRICS.width(text, px, bold) <= width) return text;
        String cut = text;
        while (!cut.isEmpty() && METRICS.width(cut + "…", px, bold) > width) cut = cut.substring(0, cut.length() - 1);
        return cut.stripTrailing() + "…";
    }

    private static void text(StringBuilder out, String text, double x, double y, double px, boolean bold, String fill) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(px)).append("\"").append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"")
                .append(fill).append("\">");
        Xml.text(out, text);
        out.append("</text>");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
