package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uz.shaffof.translit.Script;

/** The warm-up's practice: every kind of chart, and out of the way of real charts. */
class ChartRendererWarmUpTest {

    @Test
    void theSamplesAreValidChartsOfEveryKind() {
        List<ChartSpec> samples = WarmUpCharts.samples(TileGrid.uzbekistan());
        assertEquals(List.of(ChartKind.values()).stream().sorted().toList(),
                samples.stream().map(ChartSpec::kind).sorted().toList(), "one sample of each kind");
        assertTrue(samples.stream().anyMatch(s -> s.script() == Script.LATIN));
        assertTrue(samples.stream().anyMatch(s -> s.script() == Script.CYRILLIC));
    }

    @Test
    void aRealChartStopsThePracticeAndIsDrawnAsItWouldBeWithout() throws Exception {
        ChartSpec spec = ChartSamples.all(Script.CYRILLIC).get(2);
        String alone = SampleCharts.drawn(spec).svg(); // drawn by a renderer that never practised
        try (ChartRenderer charts = ChartRenderer.create()) {
            CompletableFuture<Boolean> practice = CompletableFuture.supplyAsync(() -> charts.warmUp(List.of(spec)));
            // Real charts, one after another, until the warm-up ends: one of them begins while it practises.
            List<String> drawn = new ArrayList<>();
            while (!practice.isDone()) drawn.add(charts.render(spec).svg());
            assertFalse(practice.get(3, TimeUnit.MINUTES), "the warm-up gave way to the real charts");
            assertFalse(drawn.isEmpty());
            for (String svg : drawn) assertEquals(alone, svg, "a chart drawn beside the practice is the same");
        }
    }

    @Test
    void withNothingElseDrawingThePracticeRunsToItsEndAndDrawsTheSitesChartsAndPngsToo() {
        List<ChartSpec> site = ChartSamples.all(Script.LATIN);
        int samples = WarmUpCharts.samples(TileGrid.uzbekistan()).size() * WarmUpCharts.ROUNDS;
        try (ChartRenderer charts = ChartRenderer.create()) {
            assertTrue(charts.warmUp(site));
            assertEquals(samples + site.size(), charts.practiceDraws(), "the samples, then each of the site's charts");
            assertEquals(WarmUpCharts.samples(TileGrid.uzbekistan()).size(), charts.practicePngs(),
                    "the link-preview PNG of one sample of each kind");
        }
    }
}
