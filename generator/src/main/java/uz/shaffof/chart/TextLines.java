package uz.shaffof.chart;

/**
 * How many lines a text takes when wrapped to a width, measured with the charts' own font table (DejaVu Sans, see
 * {@link TextMetrics}). DejaVu Sans is at least as wide as the fonts a reader's browser falls back to, so the count
 * is never too small: it is what to reserve room for where a browser will wrap the text (an embed's credit line).
 */
public final class TextLines {
    private static final TextMetrics METRICS = TextMetrics.dejaVuSans();

    private TextLines() {}

    /** Lines of {@code text} in regular weight at {@code px} font size, wrapped at {@code width} px (at least 1). */
    public static int count(String text, double px, double width) {
        return Math.max(1, METRICS.wrap(text, px, false, width).size());
    }
}
