package uz.shaffof.chart;

import java.util.List;

/** Sizes, fonts and colours shared by every chart. */
final class ChartStyle {
    /** Drawing width in SVG units; the picture scales to its container, this only sets proportions. */
    // Drawn for phones first: a 360 px screen gives the picture about 326 px (site.css lets it use the figure's
    // padding there), so at 320 units no text is drawn smaller than its size in units, and the smallest size is 12;
    // on wide screens the CSS caps the displayed width.
    static final int WIDTH = 320;
    static final int PAD = 16;

    /** DejaVu Sans first because its metrics are the ones measured; the rest are narrower or equal. */
    static final String FONT_FAMILY = "DejaVu Sans, Verdana, system-ui, sans-serif";
    static final int TITLE_PX = 18;
    static final int TITLE_LINE = 24;
    static final int SUBTITLE_PX = 13;
    static final int SUBTITLE_LINE = 18;
    static final int LABEL_PX = 12;
    /** The smallest text of a chart: 12 px on a phone is the least that reads without zooming. */
    static final int SOURCE_PX = 12;
    static final int SOURCE_LINE = 16;
    /** A tile map's labels: the tile's name and figure, at the smallest text size. */
    static final int TILE_LABEL_PX = SOURCE_PX;
    static final int TILE_LABEL_LINE = 14;
    static final int LEGEND_ROW = 22;

    static final String TEXT = "#1a1a1a";
    static final String MUTED = "#4d4d4d";
    static final String AXIS_LINE = "#767676";
    static final String SPLIT_LINE = "#e0e0e0";
    static final String NO_DATA_FILL = "#d9d9d9";

    /**
     * Okabe-Ito, the palette designed to stay distinguishable under the common colour-vision deficiencies,
     * ordered so that the first colours have at least 3:1 contrast on white; yellow comes last.
     */
    static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442");

    /** Viridis at four steps for the tile map: ordered light to dark, readable in greyscale too. */
    static final List<String> SEQUENTIAL = List.of("#FDE725", "#35B779", "#31688E", "#440154");
    /** Label colour on each {@link #SEQUENTIAL} step (WCAG AA contrast on the tile). */
    // Black, not TEXT: the site's dark scheme recolours TEXT (the chart's own words on the page's background), and a
    // label on a light tile must stay dark whatever the page's background is.
    static final List<String> ON_SEQUENTIAL = List.of("#000000", "#000000", "#ffffff", "#ffffff");

    private ChartStyle() {}
}
