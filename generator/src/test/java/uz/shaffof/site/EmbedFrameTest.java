package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The snippet's frame height: the chart's share grows with the frame's width up to the widest chart, and the text's
 * share is what the embed page puts around the chart, with room for as many credit lines as a phone's column needs.
 */
class EmbedFrameTest {
    private static final String BAR = "<svg role=\"img\" viewBox=\"0 0 320 200\"></svg>";
    private static final String SHORT = "CC BY 4.0";

    @Test
    void theChartsShareIsItsWidthTimesItsProportionsUpToTheWidestChart() {
        EmbedFrame frame = EmbedFrame.of(BAR, SHORT);
        assertEquals(0.625, frame.ratio());
        assertTrue(frame.cssHeight().startsWith("calc(min(100cqw - 34px, 416px) * 0.6250 + "), frame.cssHeight());
        assertEquals((int) Math.ceil(416 * 0.625 + frame.textPx()), frame.fallbackHeight());
    }

    @Test
    void theTextsShareIsTheFixedPartsAndTheCreditsLinesOnAPhone() {
        // Paddings and border (2 x 17), the credit's margins (8), the Explore button (44), and one line of 22.5 px.
        assertEquals(109, EmbedFrame.of(BAR, SHORT).textPx());
        String longCredit = "Manba: Oʻzbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish"
                + " vazirligining 2016-yil yakunlari boʻyicha hisoboti. " + SHORT;
        EmbedFrame frame = EmbedFrame.of(BAR, longCredit);
        assertTrue(frame.textPx() >= 86 + 4 * 22.5, "a long source wraps to several lines: " + frame.textPx());
        assertTrue((frame.textPx() - 86) % 22.5 < 1, "whole lines: " + frame.textPx());
    }

    @Test
    void theProportionsAreRoundedUpSoTheFrameIsNeverTooShort() {
        EmbedFrame frame = EmbedFrame.of("<svg viewBox=\"0 0 300 100\"></svg>", SHORT);
        assertTrue(frame.cssHeight().contains("* 0.3334 + "), frame.cssHeight());
    }

    @Test
    void aChartWithoutAViewBoxIsABug() {
        assertThrows(IllegalStateException.class, () -> EmbedFrame.of("<svg></svg>", SHORT));
    }
}
