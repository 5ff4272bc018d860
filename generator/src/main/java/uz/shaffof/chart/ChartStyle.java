package uz.shaffof.chart;

import java.util.List;

/** Sizes, fonts and colours shared by every chart. */
final class ChartStyle {
    /** Drawing width in SVG units; the picture scales to its container, this only sets proportions. */
    // Drawn for phones first: at 400 units a 360 px screen shows labels at about three quarters of their size,
    // where 640 units made them unreadable; on wide screens the CSS caps the displayed width.
    static final int WIDTH = 400;
    static final int PAD = 16;

    /** DejaVu Sans first because its metrics are the ones measured; the rest are narrower or equal. */
    static final String FONT_FAMILY = "DejaVu Sans, Verdana, system-ui, sans-serif";
    static final int TITLE_PX = 18;
    static final int TITLE_LINE = 24;
    static final int SUBTITLE_PX = 13;
    static final int SUBTITLE_LINE = 18;
    static final int LABEL_PX = 12;
    static final int SOURCE_PX = 11;
    static final int SOURCE_LINE = 15;
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
    static final List<String> ON_SEQUENTIAL = List.of("#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff");

    private ChartStyle() {}
}
