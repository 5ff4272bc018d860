/**
 * Charts rendered at build time: ECharts itself draws each {@link uz.shaffof.chart.ChartSpec} to a static,
 * accessible SVG inside GraalJS ({@link uz.shaffof.chart.ChartRenderer}), with its data as CSV/JSON
 * ({@link uz.shaffof.chart.ChartData}) and a PNG for link previews ({@link uz.shaffof.chart.PngRenderer}).
 *
 * <p>The chart engine's warm-up for {@code serve} ({@link uz.shaffof.chart.ChartRenderer#warmUp} on its sample charts,
 * {@code WarmUpCharts}) lives here, not in {@code serve}: it draws on the renderer's own JavaScript contexts, only
 * while no real chart wants them, which only the renderer can tell; and its samples are one chart of every kind this
 * package draws. {@code serve} only says when to warm up, through the build session.
 */
package uz.shaffof.chart;
