/**
 * Charts rendered at build time: ECharts itself draws each {@link uz.shaffof.chart.ChartSpec} to a static,
 * accessible SVG inside GraalJS ({@link uz.shaffof.chart.ChartRenderer}), with its data as CSV/JSON
 * ({@link uz.shaffof.chart.ChartData}) and a PNG for link previews ({@link uz.shaffof.chart.PngRenderer}).
 *
 * <p>The chart engine's warm-up for {@code serve} ({@link uz.shaffof.chart.ChartRenderer#warmUp},
 * {@link uz.shaffof.chart.LazyChartRenderer#startInBackground} and the sample charts of {@code WarmUpCharts}) lives
 * here, not in {@code serve}, although only {@code serve} asks for it. The warm-up draws on the renderer's own
 * JavaScript contexts, and only while no real chart wants them, which only the renderer can tell. The samples could
 * be handed down as data instead, but they are built from the tile map's grid ({@code TileGrid}, this package's own)
 * and must cover every {@link uz.shaffof.chart.ChartKind} this package draws ({@code ChartRendererWarmUpTest} checks it), so they change when this package does;
 * in {@code serve} they would need the grid made public and a parameter carried through {@code build} and
 * {@code site} for {@code serve} alone. {@code serve} only says when to warm up
 * ({@code PreviewBuild} → {@code Build.prepareForEdits} → {@code BuildSession.prepareForEdits}).
 */
package uz.shaffof.chart;
