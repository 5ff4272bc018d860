/**
 * Charts rendered at build time: ECharts itself draws each {@link uz.shaffof.chart.ChartSpec} to a static,
 * accessible SVG inside GraalJS ({@link uz.shaffof.chart.ChartRenderer}), with its data as CSV/JSON
 * ({@link uz.shaffof.chart.ChartData}) and a PNG for link previews ({@link uz.shaffof.chart.PngRenderer}).
 */
package uz.shaffof.chart;
