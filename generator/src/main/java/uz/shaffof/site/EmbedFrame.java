package uz.shaffof.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.shaffof.chart.TextLines;

/**
 * The height of an embed's iframe, worked out when the snippet is written, so that a frame whose resize script a CMS
 * stripped neither cuts the chart nor leaves a band of empty space under it, at any width.
 *
 * <p>The embed page (site.css, {@code body.embed}) is the chart and a fixed amount of text around it: the chart is as
 * wide as the frame less 34 px (paddings and border), at most 26rem (416 px, as on the site's pages), and as tall as
 * that width times its viewBox's proportions; around it come the paddings and border (2 × 17 px), the credit line
 * (its lines of 22.5 px and 8 px of margin) and the Explore button (44 px). So the frame's height is
 * {@code min(width - 34px, 416px) * ratio + text}, which CSS computes on the host page from the width of the
 * snippet's wrapper ({@code 100cqw}, a container query unit). The credit's lines are counted for a phone's column
 * (a frame 320 px wide) with the charts' font table, which errs wide, so the text always has room; on a wider screen
 * the credit takes fewer lines, and the embed page lets the chart grow into that room (taller, as the frame's height
 * allows) rather than leave it empty.
 *
 * @param ratio the chart's height per unit of width, from its viewBox
 * @param textPx the height of everything on the embed page but the chart
 */
record EmbedFrame(double ratio, int textPx) {
    /** site.css: {@code figure.chart svg}'s max-width, 26rem. */
    static final int CHART_MAX_PX = 416;
    /** site.css: {@code body.embed main} and {@code figure.chart} padding (2 × 8 px) and border (1 px), on each side. */
    static final int SIDES_PX = 34;
    /** The paddings and border above and below the chart, the credit line's margins and the Explore button. */
    static final int FIXED_TEXT_PX = SIDES_PX + 8 + 44;
    /** The credit line ({@code .meta}): 0.9375rem text, line height 1.5. */
    static final double CREDIT_FONT_PX = 15;
    static final double CREDIT_LINE_PX = 22.5;
    /** The frame width the credit's lines are counted for: a 360 px phone's column less 20 px margins. */
    static final int PHONE_FRAME_PX = 320;

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

    static EmbedFrame of(String svg, String credit) {
        Matcher m = VIEW_BOX.matcher(svg);
        if (!m.find()) throw new IllegalStateException("a rendered chart SVG without a viewBox");
        double ratio = Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(1));
        int lines = TextLines.count(credit, CREDIT_FONT_PX, PHONE_FRAME_PX - SIDES_PX);
        return new EmbedFrame(ratio, (int) Math.ceil(FIXED_TEXT_PX + lines * CREDIT_LINE_PX));
    }

    /** The iframe's CSS height, from its wrapper's width: {@code calc(min(100cqw - 34px, 416px) * 0.6250 + 131px)}. */
    String cssHeight() {
        // Rounded up in the fourth decimal: a frame a fraction of a pixel too tall is invisible; too short, it cuts.
        String r = BigDecimal.valueOf(ratio).setScale(4, RoundingMode.CEILING).toPlainString();
        return String.format(Locale.ROOT, "calc(min(100cqw - %dpx, %dpx) * %s + %dpx)", SIDES_PX, CHART_MAX_PX, r,
                textPx);
    }

    /** The height where container units are not supported: the chart at its widest, and its text. */
    int fallbackHeight() {
        return (int) Math.ceil(CHART_MAX_PX * ratio + textPx);
    }
}
