package uz.shaffof.chart;

import java.util.Objects;

/**
 * A chart ready for a page: the static SVG (with {@code role="img"}, {@code aria-label}, {@code <title>} and
 * {@code <desc>}), its accessible name and description as plain text, and the ECharts option (JSON with
 * sorted keys) that the page's "Explore" button hands to ECharts.
 */
public record RenderedChart(String svg, String ariaLabel, String description, String optionJson) {
    public RenderedChart {
        Objects.requireNonNull(svg, "svg must not be null");
        Objects.requireNonNull(ariaLabel, "ariaLabel must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(optionJson, "optionJson must not be null");
    }
}
