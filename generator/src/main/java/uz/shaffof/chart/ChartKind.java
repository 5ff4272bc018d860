package uz.shaffof.chart;

/** The kinds of chart the site draws. */
public enum ChartKind {
    /** Vertical bars, one group per category (years, for example). */
    BAR,
    /** Horizontal bars: the choice for many or long category names, such as the 14 regions. */
    HORIZONTAL_BAR,
    /** Lines over ordered categories (years). */
    LINE,
    /** Vertical bars with the series stacked on each other. */
    STACKED_BAR,
    /** Shares of one whole; exactly one series of non-negative values. */
    PIE,
    /**
     * A tile-grid map of Uzbekistan's 14 units: categories are ISO 3166-2:UZ codes, placed on the fixed grid
     * of {@link TileGrid}; exactly one series.
     */
    TILE_MAP
}
